package org.svcca.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.svcca.Layer;
import org.svcca.cli.plot.Chart;
import org.svcca.cli.plot.Figure;
import org.svcca.cli.plot.LineChart;
import org.svcca.cli.plot.Panels;

/**
 * What {@code svcca dims} found: each side's spectrum, and with a second layer, SVCCA with k
 * directions kept on both sides.
 *
 * <p>The mean canonical correlation usually falls as k grows, since later directions carry
 * more noise than shared signal, so "reaching a share of the similarity with all
 * directions" is measured on the <em>sum</em> of the canonical correlations, which only grows
 * with k (the correlations of nested subspaces interlace): the smallest k whose sum reaches
 * {@code fraction} of the sum at the largest k.
 *
 * @param b null without a second layer
 * @param ks the k computed, ascending; empty without a second layer
 * @param similarity SVCCA (mean canonical correlation) at each k
 * @param total sum of the canonical correlations at each k
 */
record Dimensionality(String backend, int samples, Side a, Side b, double fraction, int[] ks,
    double[] similarity, double[] total, List<String> warnings) implements Findings {

  /** Shares of variance the text summary reports the number of directions for. */
  private static final double[] SHARES = {0.5, 0.9, 0.99, 0.999};

  /** Rows of the similarity table in the text output; JSON and CSV hold every k. */
  private static final int TEXT_ROWS = 14;

  /**
   * One layer's spectrum.
   *
   * @param singularValues of the centred data, descending, rank of them
   * @param cumulativeVariance share of the total variance in the first k directions, k = 1..
   * @param kept the directions SVCCA keeps under the options
   */
  record Side(String path, int neurons, double[] singularValues, double[] cumulativeVariance,
      int kept) {

    static Side of(String path, Layer layer, int kept) {
      double[] s = layer.singularValues();
      double[] cumulative = new double[s.length];
      double total = 0.0;
      for (double v : s) {
        total += v * v;
      }
      double running = 0.0;
      for (int k = 0; k < s.length; k++) {
        running += s[k] * s[k];
        cumulative[k] = running / total;
      }
      return new Side(path, layer.neurons(), s, cumulative, kept);
    }

    int rank() {
      return singularValues.length;
    }

    /** The fewest directions whose share of the variance reaches the given share. */
    int directionsFor(double share) {
      for (int k = 0; k < cumulativeVariance.length; k++) {
        if (cumulativeVariance[k] >= share) {
          return k + 1;
        }
      }
      return rank();
    }

    Map<String, Object> json() {
      Map<String, Object> side = new LinkedHashMap<>();
      side.put("path", path);
      side.put("neurons", neurons);
      side.put("rank", rank());
      side.put("dims", kept);
      side.put("singular_values", singularValues);
      side.put("cumulative_variance", cumulativeVariance);
      return side;
    }
  }

  /** The smallest computed k whose summed correlations reach the fraction; 0 if none. */
  int smallestK() {
    if (ks.length == 0) {
      return 0;
    }
    double target = fraction * total[total.length - 1];
    for (int i = 0; i < ks.length; i++) {
      if (total[i] >= target) {
        return ks[i];
      }
    }
    return ks[ks.length - 1];
  }

  @Override
  public String title() {
    return b == null ? "spectrum of " + ShortNames.of(List.of(a.path)).get(0)
        : "svcca against directions kept";
  }

  @Override
  public void text(PrintWriter out) {
    out.printf(Locale.ROOT, "%d datapoints, backend %s%n", samples, backend);
    describe(out, "A", a);
    if (b == null) {
      return;
    }
    describe(out, "B", b);
    out.println();
    out.printf(Locale.ROOT, "svcca with the top k directions of each side, k = 1..%d%s:%n",
        ks[ks.length - 1], ks.length < ks[ks.length - 1] ? " (" + ks.length + " values)" : "");
    out.printf(Locale.ROOT, "%6s  %10s  %16s%n", "k", "similarity", "sum of corr.");
    for (int i : textRows()) {
      out.printf(Locale.ROOT, "%6d  %10.4f  %16.4f%n", ks[i], similarity[i], total[i]);
    }
    out.printf(Locale.ROOT, "%nsmallest k whose correlations sum to %s of their sum at "
        + "k = %d: %d%n", percent(fraction), ks[ks.length - 1], smallestK());
  }

  private static void describe(PrintWriter out, String name, Side side) {
    out.printf(Locale.ROOT, "%s: %s, %d neurons, rank %d, SVCCA keeps %d%n", name, side.path,
        side.neurons, side.rank(), side.kept);
    StringBuilder shares = new StringBuilder("  directions carrying");
    for (double share : SHARES) {
      shares.append(String.format(Locale.ROOT, " %s: %d,", percent(share),
          side.directionsFor(share)));
    }
    out.println(shares.substring(0, shares.length() - 1) + " of the variance");
    StringBuilder leading = new StringBuilder("  leading singular values:");
    for (int k = 0; k < Math.min(8, side.rank()); k++) {
      leading.append(String.format(Locale.ROOT, " %.4g", side.singularValues[k]));
    }
    out.println(leading);
  }

  /** Indices of the rows shown in text: spread over k, with the reported k among them. */
  private List<Integer> textRows() {
    java.util.TreeSet<Integer> rows = new java.util.TreeSet<>();
    int last = ks.length - 1;
    for (int r = 0; r < TEXT_ROWS; r++) {
      rows.add((int) Math.round(last * Math.pow((double) r / (TEXT_ROWS - 1), 2)));
    }
    for (int i = 0; i < ks.length; i++) {
      if (ks[i] == smallestK() || ks[i] == a.kept || (b != null && ks[i] == b.kept)) {
        rows.add(i);
      }
    }
    return new ArrayList<>(rows);
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%s%%",
        java.math.BigDecimal.valueOf(share * 100).stripTrailingZeros().toPlainString());
  }

  @Override
  public Map<String, Object> json() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("samples", samples);
    root.put("backend", backend);
    root.put("a", a.json());
    if (b != null) {
      root.put("b", b.json());
      root.put("measure", "svcca");
      root.put("k", ks);
      root.put("similarity", similarity);
      root.put("total_correlation", total);
      root.put("fraction", fraction);
      root.put("smallest_k", smallestK());
    }
    root.put("warnings", warnings);
    return root;
  }

  @Override
  public Table table() {
    List<String> header = new ArrayList<>(List.of("k", "singular_value_a",
        "cumulative_variance_a"));
    if (b != null) {
      header.addAll(List.of("singular_value_b", "cumulative_variance_b", "similarity",
          "total_correlation"));
    }
    int rows = Math.max(a.rank(), b == null ? 0 : b.rank());
    Map<Integer, Integer> computed = new LinkedHashMap<>();
    for (int i = 0; i < ks.length; i++) {
      computed.put(ks[i], i);
    }
    List<List<Object>> cells = new ArrayList<>();
    for (int k = 1; k <= rows; k++) {
      List<Object> row = new ArrayList<>();
      row.add(k);
      addSpectrum(row, a, k);
      if (b != null) {
        addSpectrum(row, b, k);
        Integer i = computed.get(k);
        row.add(i == null ? null : similarity[i]);
        row.add(i == null ? null : total[i]);
      }
      cells.add(row);
    }
    return new Table("spectrum and svcca by number of directions k", header, cells, false);
  }

  private static void addSpectrum(List<Object> row, Side side, int k) {
    boolean inRank = k <= side.rank();
    row.add(inRank ? side.singularValues[k - 1] : null);
    row.add(inRank ? side.cumulativeVariance[k - 1] : null);
  }

  @Override
  public Figure figure() {
    List<Chart> panels = new ArrayList<>();
    panels.add(spectrumChart());
    if (b != null) {
      panels.add(similarityChart());
    }
    return new Panels(panels);
  }

  private Chart spectrumChart() {
    LineChart.Builder chart = LineChart.builder(b == null ? title() : "spectra of A and B")
        .axes("direction k", "share of variance").yRange(0.0, 1.0).logX().size(560, 440);
    for (Side side : b == null ? List.of(a) : List.of(a, b)) {
      String name = (side == a ? "A" : "B") + " cumulative";
      chart.line(name, ks(side.rank()), side.cumulativeVariance, false);
    }
    for (Side side : b == null ? List.of(a) : List.of(a, b)) {
      chart.line((side == a ? "A" : "B") + " s_k / s_1", ks(side.rank()),
          normalised(side.singularValues), true);
    }
    chart.guide(0.99, "99%");
    chart.marker(a.kept, "A keeps " + a.kept);
    return chart.build();
  }

  private Chart similarityChart() {
    double[] x = new double[ks.length];
    double[] share = new double[ks.length];
    for (int i = 0; i < ks.length; i++) {
      x[i] = ks[i];
      share[i] = total[i] / total[total.length - 1];
    }
    return LineChart.builder("svcca with k directions of each side")
        .axes("directions kept on each side, k", "similarity").yRange(0.0, 1.0).logX()
        .line("mean correlation", x, similarity, false)
        .line("share of summed corr.", x, share, true)
        .guide(fraction, percent(fraction))
        .marker(smallestK(), "k = " + smallestK()).size(620, 440).build();
  }

  private static double[] ks(int count) {
    double[] x = new double[count];
    for (int k = 0; k < count; k++) {
      x[k] = k + 1;
    }
    return x;
  }

  private static double[] normalised(double[] s) {
    double[] out = new double[s.length];
    for (int k = 0; k < s.length; k++) {
      out[k] = s[k] / s[0];
    }
    return out;
  }
}
