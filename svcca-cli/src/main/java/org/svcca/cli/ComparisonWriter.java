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
    PrintWriter out = new PrintWriter(target);
    switch (format) {
      case JSON:
        out.println(json(comparison));
        break;
      case CSV:
        csv(comparison, out);
        break;
      default:
        text(comparison, out);
        break;
    }
    out.flush();
  }

  /** The JSON document, in the contract's key order. */
  String json(Comparison comparison) {
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
      results.add(entry);
    }
    root.put("results", results);
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

  private static void csv(Comparison comparison, PrintWriter out) {
    out.println("measure,similarity,dims_a,dims_b,coefficients");
    for (MeasureResult r : comparison.results()) {
      StringBuilder coefficients = new StringBuilder();
      for (double rho : r.coefficients()) {
        if (coefficients.length() > 0) {
          coefficients.append(' ');
        }
        coefficients.append(rho);
      }
      out.println(r.measure().label() + "," + r.similarity() + "," + r.dimsA() + ","
          + r.dimsB() + "," + coefficients);
    }
  }

  private void text(Comparison comparison, PrintWriter out) {
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
