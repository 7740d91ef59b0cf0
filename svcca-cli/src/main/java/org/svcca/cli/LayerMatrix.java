package org.svcca.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.svcca.Measure;
import org.svcca.cli.plot.Figure;
import org.svcca.cli.plot.Heatmap;

/**
 * What {@code svcca matrix} found: one measure for every pair of a row layer and a column
 * layer.
 *
 * @param values rows x cols
 * @param oneList whether the columns are the rows again (no {@code --vs})
 */
record LayerMatrix(Measure measure, String backend, int samples, List<String> rows,
    List<String> cols, boolean oneList, double[][] values, List<String> warnings)
    implements Findings {

  @Override
  public String title() {
    return oneList
        ? measure + " between every pair of " + rows.size() + " layers"
        : measure + " between " + rows.size() + " x " + cols.size() + " layers";
  }

  @Override
  public void text(PrintWriter out) {
    out.printf(Locale.ROOT, "%s, %d datapoints, backend %s%n%n", title(), samples, backend);
    List<String> rowNames = ShortNames.of(rows);
    List<String> colNames = ShortNames.of(cols);
    int first = rowNames.stream().mapToInt(String::length).max().orElse(0);
    StringBuilder heading = new StringBuilder(" ".repeat(first));
    int[] widths = new int[cols.size()];
    for (int j = 0; j < cols.size(); j++) {
      widths[j] = Math.max(8, colNames.get(j).length()) + 2;
      heading.append(String.format(Locale.ROOT, "%" + widths[j] + "s", colNames.get(j)));
    }
    out.println(heading);
    for (int i = 0; i < rows.size(); i++) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-" + first + "s",
          rowNames.get(i)));
      for (int j = 0; j < cols.size(); j++) {
        line.append(String.format(Locale.ROOT, "%" + widths[j] + ".4f", values[i][j]));
      }
      out.println(line);
    }
  }

  @Override
  public Map<String, Object> json() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("measure", measure.label());
    root.put("samples", samples);
    root.put("backend", backend);
    root.put("rows", rows);
    root.put("cols", cols);
    root.put("values", values);
    root.put("warnings", warnings);
    return root;
  }

  @Override
  public Table table() {
    List<String> header = new ArrayList<>();
    header.add("row");
    header.addAll(cols);
    List<List<Object>> cells = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      List<Object> row = new ArrayList<>();
      row.add(rows.get(i));
      for (double v : values[i]) {
        row.add(v);
      }
      cells.add(row);
    }
    return new Table(measure + " of each row layer with each column layer", header, cells,
        true, true);
  }

  @Override
  public Figure figure() {
    return new Heatmap(title(), ShortNames.of(rows), ShortNames.of(cols), values,
        oneList ? "layer" : "B (--vs)", oneList ? "layer" : "A", measure.label(),
        scaleFloor(), 1.0);
  }

  /**
   * The bottom of the colour scale: the smallest value rounded down to a tenth, so that
   * matrices of similar layers keep their contrast; the colour bar shows where it starts.
   */
  private double scaleFloor() {
    double min = 1.0;
    for (double[] row : values) {
      for (double v : row) {
        min = Math.min(min, v);
      }
    }
    return Math.min(0.9, Math.floor(Math.max(0.0, min) * 10) / 10);
  }
}
