package org.svcca.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.svcca.Comparison;
import org.svcca.MeasureResult;
import org.svcca.cli.plot.BarChart;
import org.svcca.cli.plot.Figure;

/**
 * What {@code svcca labels} found: the comparison of a layer with the class indicators, as
 * {@code compare} reports it, and each class's multiple correlation with the layer.
 *
 * @param perClass one per class: the correlation of the layer with the class's indicator,
 *     that is, the largest correlation of any linear read-out of the layer with it; null for a
 *     class on no or on every datapoint
 */
record ClassSensitivity(String path, ClassLabels labels, Comparison all, Double[] perClass,
    List<String> warnings) implements Findings {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public String title() {
    return "class information in " + ShortNames.of(List.of(path)).get(0);
  }

  @Override
  public void text(PrintWriter out) {
    StringWriter compared = new StringWriter();
    writer().write(all, OutputFormat.TEXT, compared);
    out.print(compared);
    out.println();
    out.printf(Locale.ROOT, "%d classes, %d label directions; correlation of the layer with "
        + "each class's indicator:%n", labels.classes(), all.b().rank());
    out.printf(Locale.ROOT, "%8s  %10s  %11s%n", "class", "datapoints", "correlation");
    for (int c = 0; c < labels.classes(); c++) {
      out.printf(Locale.ROOT, "%8s  %10d  %11s%n", labels.names().get(c), labels.count(c),
          perClass[c] == null ? "-" : String.format(Locale.ROOT, "%.4f", perClass[c]));
    }
  }

  @Override
  public Map<String, Object> json() {
    Map<String, Object> root;
    try {
      root = JSON.readValue(writer().json(all, SignificanceReport.NONE),
          new TypeReference<LinkedHashMap<String, Object>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot read back the comparison's JSON", e);
    }
    List<Map<String, Object>> classes = new ArrayList<>();
    for (int c = 0; c < labels.classes(); c++) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("class", labels.names().get(c));
      entry.put("datapoints", labels.count(c));
      entry.put("correlation", perClass[c]);
      classes.add(entry);
    }
    root.put("per_class", classes);
    root.put("warnings", warnings);
    return root;
  }

  @Override
  public Table table() {
    List<List<Object>> rows = new ArrayList<>();
    for (int c = 0; c < labels.classes(); c++) {
      rows.add(List.of(labels.names().get(c), labels.count(c),
          perClass[c] == null ? "" : perClass[c]));
    }
    MeasureResult headline = all.results().get(0);
    rows.add(List.of("all", all.samples(), headline.similarity()));
    return new Table("correlation of the layer with each class's indicator; 'all' is the "
        + headline.measure() + " similarity with every class at once",
        List.of("class", "datapoints", "correlation"), rows, true);
  }

  @Override
  public Figure figure() {
    MeasureResult headline = all.results().get(0);
    return new BarChart(title(), labels.names(), perClass, "class",
        "correlation with the class indicator", headline.similarity(),
        String.format(Locale.ROOT, "%s with all classes: %.3f", headline.measure(),
            headline.similarity()));
  }

  private ComparisonWriter writer() {
    return new ComparisonWriter(path, labels.spec());
  }
}
