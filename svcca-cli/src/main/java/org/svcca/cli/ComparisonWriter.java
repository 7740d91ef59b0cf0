package org.svcca.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.svcca.Comparison;
import org.svcca.MeasureResult;
import org.svcca.RepresentationSummary;

/**
 * Renders a {@link Comparison} as text for people, or as the JSON and CSV that scripts
 * read. The JSON keys are a contract: new keys may be added, none renamed.
 */
final class ComparisonWriter {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Coefficients shown in text output; JSON and CSV carry all of them. */
  private static final int TEXT_COEFFICIENTS = 8;

  private final String pathA;
  private final String pathB;

  ComparisonWriter(String pathA, String pathB) {
    this.pathA = pathA;
    this.pathB = pathB;
  }

  void write(Comparison comparison, OutputFormat format, Writer target) {
    write(comparison, SignificanceReport.NONE, format, target);
  }

  void write(Comparison comparison, SignificanceReport significance, OutputFormat format,
      Writer target) {
    PrintWriter out = new PrintWriter(target);
    switch (format) {
      case JSON:
        out.println(json(comparison, significance));
        break;
      case CSV:
        csv(comparison, significance, out);
        break;
      default:
        text(comparison, significance, out);
        break;
    }
    out.flush();
  }

  /** The JSON document, in the contract's key order. */
  String json(Comparison comparison, SignificanceReport significance) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("samples", comparison.samples());
    root.put("backend", comparison.backend());
    root.put("path", comparison.path().label());
    root.put("a", side(pathA, comparison.a()));
    root.put("b", side(pathB, comparison.b()));
    List<Map<String, Object>> results = new ArrayList<>();
    for (MeasureResult r : comparison.results()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("measure", r.measure().label());
      entry.put("similarity", r.similarity());
      if (r.measure().isCanonical()) {
        entry.put("coefficients", r.coefficients());
      }
      r.weights().ifPresent(w -> entry.put("weights", w));
      Map<String, Object> dims = new LinkedHashMap<>();
      dims.put("a", r.dimsA());
      dims.put("b", r.dimsB());
      entry.put("dims", dims);
      if (significance.pValues().containsKey(r.measure())) {
        entry.put("p_value", significance.pValues().get(r.measure()));
      }
      if (significance.intervals().containsKey(r.measure())) {
        entry.put("ci", significance.intervals().get(r.measure()));
      }
      results.add(entry);
    }
    root.put("results", results);
    if (significance.permutations() > 0 || significance.bootstrap() > 0) {
      Map<String, Object> settings = new LinkedHashMap<>();
      settings.put("permutations", significance.permutations());
      settings.put("bootstrap", significance.bootstrap());
      settings.put("confidence", SignificanceReport.LEVEL);
      settings.put("seed", significance.seed());
      root.put("significance", settings);
    }
    root.put("warnings", comparison.warnings());
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render the result as JSON", e);
    }
  }

  private static Map<String, Object> side(String path, RepresentationSummary summary) {
    Map<String, Object> side = new LinkedHashMap<>();
    side.put("path", path);
    side.put("neurons", summary.neurons());
    side.put("rank", summary.rank());
    side.put("dims", summary.kept());
    return side;
  }

  private static void csv(Comparison comparison, SignificanceReport significance,
      PrintWriter out) {
    out.println("measure,similarity,dims_a,dims_b,coefficients,p_value,ci_low,ci_high");
    for (MeasureResult r : comparison.results()) {
      StringBuilder coefficients = new StringBuilder();
      for (double rho : r.coefficients()) {
        if (coefficients.length() > 0) {
          coefficients.append(' ');
        }
        coefficients.append(rho);
      }
      Double p = significance.pValues().get(r.measure());
      double[] ci = significance.intervals().get(r.measure());
      out.println(r.measure().label() + "," + r.similarity() + "," + r.dimsA() + ","
          + r.dimsB() + "," + coefficients + "," + (p == null ? "" : p) + ","
          + (ci == null ? "," : ci[0] + "," + ci[1]));
    }
  }

  private void text(Comparison comparison, SignificanceReport significance, PrintWriter out) {
    out.printf(Locale.ROOT, "%d datapoints, backend %s, %s path%n", comparison.samples(),
        comparison.backend(), comparison.path().label());
    describe(out, "A", pathA, comparison.a());
    describe(out, "B", pathB, comparison.b());
    out.println();
    out.printf(Locale.ROOT, "%-12s %10s  %-10s %s%n", "measure", "similarity", "dims a,b",
        "leading coefficients");
    for (MeasureResult r : comparison.results()) {
      out.printf(Locale.ROOT, "%-12s %10.6f  %-10s %s%n", r.measure().label(), r.similarity(),
          r.dimsA() + "," + r.dimsB(), leading(r.coefficients()));
    }
    if (significance.permutations() > 0 || significance.bootstrap() > 0) {
      out.println();
      out.printf(Locale.ROOT, "%-12s %10s  %s%n", "measure", "p-value",
          "95% bootstrap interval");
      for (MeasureResult r : comparison.results()) {
        Double p = significance.pValues().get(r.measure());
        double[] ci = significance.intervals().get(r.measure());
        out.printf(Locale.ROOT, "%-12s %10s  %s%n", r.measure().label(),
            p == null ? "-" : String.format(Locale.ROOT, "%.4f", p),
            ci == null ? "-" : String.format(Locale.ROOT, "[%.4f, %.4f]", ci[0], ci[1]));
      }
      out.printf(Locale.ROOT, "(%d permutations, %d resamples, seed %d)%n",
          significance.permutations(), significance.bootstrap(), significance.seed());
    }
  }

  private static void describe(PrintWriter out, String name, String path,
      RepresentationSummary s) {
    out.printf(Locale.ROOT, "%s: %s, %d neurons, rank %d, SVCCA keeps %d%n", name, path,
        s.neurons(), s.rank(), s.kept());
  }

  private static String leading(double[] coefficients) {
    StringBuilder text = new StringBuilder();
    int shown = Math.min(TEXT_COEFFICIENTS, coefficients.length);
    for (int i = 0; i < shown; i++) {
      text.append(String.format(Locale.ROOT, i == 0 ? "%.4f" : " %.4f", coefficients[i]));
    }
    if (coefficients.length > shown) {
      text.append(" ... (").append(coefficients.length).append(')');
    }
    return text.toString();
  }
}
