package org.svcca.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.svcca.Measure;
import org.svcca.cli.plot.Figure;
import org.svcca.cli.plot.LineChart;

/**
 * What {@code svcca dynamics} found: each layer's similarity at each checkpoint with itself
 * at the reference checkpoint, and when it converged.
 *
 * <p>A layer has <em>reached</em> a threshold at checkpoint c when its similarity is at or
 * above the threshold at c and at every checkpoint from c up to the reference: a layer that
 * crosses and falls back has not converged yet. From the checkpoint it reaches a threshold
 * on, a layer could have been frozen (freeze training) at the cost of that much similarity.
 *
 * @param values layers x checkpoints
 * @param thresholds ascending
 */
record LearningDynamics(String pattern, Measure measure, String backend, int samples,
    String reference, List<String> layers, List<String> checkpoints, double[][] values,
    List<Double> thresholds, List<String> warnings) implements Findings {

  @Override
  public String title() {
    return measure + " of each layer against checkpoint " + reference;
  }

  /** The first checkpoint (index) from which the layer stays at or above t; -1 if none. */
  int reached(int layer, double threshold) {
    int first = -1;
    for (int c = checkpoints.indexOf(reference); c >= 0 && values[layer][c] >= threshold;
        c--) {
      first = c;
    }
    return first;
  }

  /** The layers, in order, that have reached the threshold by checkpoint c. */
  List<String> frozenFrom(int c, double threshold) {
    List<String> frozen = new ArrayList<>();
    for (int l = 0; l < layers.size(); l++) {
      int at = reached(l, threshold);
      if (at >= 0 && at <= c) {
        frozen.add(layers.get(l));
      }
    }
    return frozen;
  }

  /** Whether each layer reaches the threshold no later than the layer after it. */
  boolean bottomUp(double threshold) {
    int previous = 0;
    for (int l = 0; l < layers.size(); l++) {
      int at = reached(l, threshold);
      int when = at < 0 ? Integer.MAX_VALUE : at;
      if (when < previous) {
        return false;
      }
      previous = when;
    }
    return true;
  }

  @Override
  public void text(PrintWriter out) {
    out.printf(Locale.ROOT, "%s, %d datapoints, backend %s%n", title(), samples, backend);
    out.printf(Locale.ROOT, "%d layers x %d checkpoints matching %s%n%n", layers.size(),
        checkpoints.size(), pattern);
    int first = Math.max(9, layers.stream().mapToInt(String::length).max().orElse(0));
    int width = Math.max(8, checkpoints.stream().mapToInt(String::length).max().orElse(0) + 2);
    out.println(row("layer", first, checkpoints, width));
    for (int l = 0; l < layers.size(); l++) {
      List<String> cells = new ArrayList<>();
      for (double v : values[l]) {
        cells.add(String.format(Locale.ROOT, "%.4f", v));
      }
      out.println(row(layers.get(l), first, cells, width));
    }
    out.println();
    reachedTable(out, first, width);
    out.println();
    freezing(out);
  }

  private void reachedTable(PrintWriter out, int first, int width) {
    out.println("first checkpoint from which each layer stays at or above the threshold, up "
        + "to " + reference + " (- never):");
    out.println(row("threshold", first, layers, width));
    for (double t : thresholds) {
      List<String> cells = new ArrayList<>();
      for (int l = 0; l < layers.size(); l++) {
        int at = reached(l, t);
        cells.add(at < 0 ? "-" : checkpoints.get(at));
      }
      out.println(row(String.format(Locale.ROOT, "%.2f", t), first, cells, width));
    }
  }

  private void freezing(PrintWriter out) {
    out.println("freeze training: layers that could have been frozen from a checkpoint on");
    for (double t : thresholds) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  at %.2f:", t));
      List<String> before = List.of();
      for (int c = 0; c < checkpoints.size(); c++) {
        List<String> frozen = frozenFrom(c, t);
        if (!frozen.equals(before)) {
          line.append(before.isEmpty() ? " " : "; ").append("from ").append(checkpoints.get(c))
              .append(": ").append(frozen.size() == layers.size() ? "all"
                  : String.join(", ", frozen));
          before = frozen;
        }
      }
      out.println(before.isEmpty() ? line + " none" : line.toString());
    }
    StringBuilder order = new StringBuilder("bottom-up (each layer, in name order, no later "
        + "than the next):");
    for (double t : thresholds) {
      order.append(String.format(Locale.ROOT, " %.2f %s", t, bottomUp(t) ? "yes" : "no"));
    }
    out.println(order);
  }

  private static String row(String name, int first, List<String> cells, int width) {
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-" + first + "s", name));
    for (String cell : cells) {
      line.append(String.format(Locale.ROOT, "%" + width + "s", cell));
    }
    return line.toString();
  }

  @Override
  public Map<String, Object> json() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("pattern", pattern);
    root.put("measure", measure.label());
    root.put("samples", samples);
    root.put("backend", backend);
    root.put("reference", reference);
    root.put("layers", layers);
    root.put("checkpoints", checkpoints);
    root.put("values", values);
    List<Map<String, Object>> levels = new ArrayList<>();
    for (double t : thresholds) {
      levels.add(level(t));
    }
    root.put("thresholds", levels);
    root.put("warnings", warnings);
    return root;
  }

  /** One threshold: when each layer reached it and what could be frozen from each checkpoint. */
  private Map<String, Object> level(double t) {
    Map<String, Object> level = new LinkedHashMap<>();
    level.put("threshold", t);
    List<String> reached = new ArrayList<>();
    for (int l = 0; l < layers.size(); l++) {
      int at = reached(l, t);
      reached.add(at < 0 ? null : checkpoints.get(at));
    }
    level.put("reached", reached);
    Map<String, Object> frozen = new LinkedHashMap<>();
    for (int c = 0; c < checkpoints.size(); c++) {
      frozen.put(checkpoints.get(c), frozenFrom(c, t));
    }
    level.put("frozen_from", frozen);
    level.put("bottom_up", bottomUp(t));
    return level;
  }

  @Override
  public Table table() {
    List<String> header = new ArrayList<>();
    header.add("layer");
    header.addAll(checkpoints);
    List<List<Object>> rows = new ArrayList<>();
    for (int l = 0; l < layers.size(); l++) {
      List<Object> row = new ArrayList<>();
      row.add(layers.get(l));
      for (double v : values[l]) {
        row.add(v);
      }
      rows.add(row);
    }
    return new Table(measure + " of each layer (rows) at each checkpoint (columns) with "
        + "checkpoint " + reference, header, rows, true);
  }

  @Override
  public Figure figure() {
    double min = 1.0;
    for (double[] row : values) {
      for (double v : row) {
        min = Math.min(min, v);
      }
    }
    // Thresholds stay in view; below them the axis starts at a round tenth under the data.
    double low = Math.min(Math.floor(Math.max(0.0, min) * 10) / 10,
        Math.floor((thresholds.isEmpty() ? 0.9 : thresholds.get(0)) * 10 - 0.5) / 10);
    LineChart.Builder chart = LineChart.builder(title()).categories(checkpoints)
        .axes("checkpoint", measure + " with checkpoint " + reference).yRange(low, 1.0);
    for (int l = 0; l < layers.size(); l++) {
      chart.line(legendName(layers.get(l)), values[l]);
    }
    for (double t : thresholds) {
      chart.guide(t, String.format(Locale.ROOT, "%.2f", t));
    }
    return chart.build();
  }

  private static String legendName(String layer) {
    return layer.chars().allMatch(Character::isDigit) ? "layer " + layer : layer;
  }
}
