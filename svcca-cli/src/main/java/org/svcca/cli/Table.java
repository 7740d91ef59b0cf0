package org.svcca.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * A table of results: the CSV that {@code --format csv} prints and a table of the HTML
 * report. Cells are strings or numbers; a missing value is null.
 *
 * @param caption what the table shows, in a few words
 * @param header one name per column
 * @param rows one list per row, as long as the header
 * @param shaded whether numbers are similarities in [0, 1], which the report colours
 * @param fileNames whether the first column and the headings after the first name files,
 *     which the report shortens as {@link ShortNames} does
 */
record Table(String caption, List<String> header, List<List<Object>> rows, boolean shaded,
    boolean fileNames) {

  Table {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  /** A table whose cells name no files. */
  Table(String caption, List<String> header, List<List<Object>> rows, boolean shaded) {
    this(caption, header, rows, shaded, false);
  }

  /** Comma-separated, with a header line; numbers in full precision, missing values empty. */
  void csv(PrintWriter out) {
    out.println(String.join(",", header.stream().map(Table::csvCell).toList()));
    for (List<Object> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int j = 0; j < row.size(); j++) {
        line.append(j == 0 ? "" : ",").append(row.get(j) == null ? "" : csvCell(row.get(j)));
      }
      out.println(line);
    }
  }

  /** Quotes a cell holding a comma, quote or line break, as RFC 4180 does. */
  private static String csvCell(Object cell) {
    String text = String.valueOf(cell);
    if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
