package org.svcca.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.svcca.cli.plot.Png;

/**
 * One analysis as a self-contained HTML page: its figure as an embedded PNG, its text
 * output, its table with similarities shaded, its warnings and its JSON. The page loads
 * nothing from elsewhere, so it can be mailed or archived as one file.
 */
final class HtmlReport {

  private static final String STYLE = String.join("\n",
      "body{font-family:system-ui,sans-serif;max-width:1200px;margin:2em auto;padding:0 1em;"
          + "color:#222}",
      "h1{font-size:1.5em}h2{font-size:1.15em;margin-top:1.6em}",
      ".meta{color:#666}code,pre{font-family:ui-monospace,monospace;font-size:13px}",
      "pre{background:#f6f6f6;padding:1em;overflow-x:auto}",
      "img{max-width:100%;height:auto;border:1px solid #eee}",
      ".scroll{overflow-x:auto}",
      "table{border-collapse:collapse;font-size:13px}",
      "th,td{border:1px solid #ddd;padding:3px 8px;text-align:right;white-space:nowrap}",
      "th{background:#f0f0f0}td:first-child,th:first-child{text-align:left}");

  private HtmlReport() {}

  /**
   * @param command the command line the findings came from, shown as run
   * @param stamp when and by which version, in words
   */
  static String page(Findings findings, String command, String stamp) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>svcca: ").append(escape(findings.title())).append("</title>\n")
        .append("<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n");
    html.append("<h1>").append(escape(findings.title())).append("</h1>\n")
        .append("<p class=\"meta\">").append(escape(stamp)).append("<br><code>")
        .append(escape(command)).append("</code></p>\n");
    html.append("<img alt=\"").append(escape(findings.title()))
        .append("\" src=\"data:image/png;base64,")
        .append(Base64.getEncoder().encodeToString(Png.bytes(findings.figure())))
        .append("\">\n");
    html.append("<h2>Summary</h2>\n<pre>").append(escape(text(findings))).append("</pre>\n");
    table(html, findings.table());
    if (!findings.warnings().isEmpty()) {
      html.append("<h2>Warnings</h2>\n<ul>\n");
      findings.warnings().forEach(w -> html.append("<li>").append(escape(w)).append("</li>\n"));
      html.append("</ul>\n");
    }
    html.append("<h2>JSON</h2>\n<details><summary>what <code>--format json</code> prints"
        + "</summary>\n<pre>").append(escape(prettyJson(findings))).append("</pre></details>\n");
    return html.append("</body>\n</html>\n").toString();
  }

  private static void table(StringBuilder html, Table table) {
    html.append("<h2>").append(escape(table.caption())).append("</h2>\n")
        .append("<div class=\"scroll\"><table>\n<tr>");
    List<String> header = table.header();
    List<String> shown = table.fileNames() ? shortenedHeader(header) : header;
    shown.forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
    html.append("</tr>\n");
    List<String> firstColumn = new ArrayList<>();
    table.rows().forEach(r -> firstColumn.add(String.valueOf(r.get(0))));
    List<String> names = table.fileNames() ? ShortNames.of(firstColumn) : firstColumn;
    double floor = table.shaded() ? floor(table) : Double.NaN;
    for (int i = 0; i < table.rows().size(); i++) {
      List<Object> row = table.rows().get(i);
      html.append("<tr><td>").append(escape(names.get(i))).append("</td>");
      for (Object cell : row.subList(1, row.size())) {
        html.append(cell(cell, floor));
      }
      html.append("</tr>\n");
    }
    html.append("</table></div>\n");
  }

  private static List<String> shortenedHeader(List<String> header) {
    List<String> shown = new ArrayList<>();
    shown.add(header.get(0));
    shown.addAll(ShortNames.of(header.subList(1, header.size())));
    return shown;
  }

  /**
   * Where shading starts: the smallest similarity rounded down to a tenth, as the heatmaps'
   * colour scales start, so that tables of similar layers keep their contrast.
   */
  private static double floor(Table table) {
    double min = 1.0;
    for (List<Object> row : table.rows()) {
      for (Object cell : row) {
        if (cell instanceof Double v && v >= 0.0 && v <= 1.0) {
          min = Math.min(min, v);
        }
      }
    }
    return Math.min(0.9, Math.floor(min * 10) / 10);
  }

  /**
   * A cell; similarities in [floor, 1] get a background from white to blue, text stays
   * dark on all of them. A NaN floor shades nothing.
   */
  private static String cell(Object value, double floor) {
    if (value == null || "".equals(value)) {
      return "<td>&ndash;</td>";
    }
    if (value instanceof Double v) {
      String text = String.format(Locale.ROOT, "%.4f", v);
      if (!Double.isNaN(floor) && v >= floor && v <= 1.0) {
        double t = (v - floor) / (1.0 - floor);
        return String.format(Locale.ROOT, "<td style=\"background:rgb(%d,%d,255)\">%s</td>",
            Math.round(255 - 120 * t), Math.round(255 - 70 * t), text);
      }
      return "<td>" + text + "</td>";
    }
    return "<td>" + escape(String.valueOf(value)) + "</td>";
  }

  private static String text(Findings findings) {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    findings.text(out);
    out.flush();
    return text.toString();
  }

  private static String prettyJson(Findings findings) {
    try {
      return new ObjectMapper().writerWithDefaultPrettyPrinter()
          .writeValueAsString(findings.json());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render the result as JSON", e);
    }
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
