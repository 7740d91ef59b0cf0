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
import org.svcca.ConvActivations;
import org.svcca.FourierSimilarity;

/**
 * Renders DFT-CCA results with the keys of {@code compare}'s JSON where they apply, plus each
 * layer's 4-D shape and the per-frequency similarities.
 */
final class FourierWriter {

  private final String pathA;
  private final String pathB;
  private final ConvActivations a;
  private final ConvActivations b;
  private final String backend;

  FourierWriter(String pathA, String pathB, ConvActivations a, ConvActivations b,
      String backend) {
    this.pathA = pathA;
    this.pathB = pathB;
    this.a = a;
    this.b = b;
    this.backend = backend;
  }

  void write(List<FourierSimilarity.Result> results, OutputFormat format, Writer target) {
    PrintWriter out = new PrintWriter(target);
    switch (format) {
      case JSON:
        out.println(json(results));
        break;
      case CSV:
        out.println("measure,similarity,coefficients,frequencies");
        for (FourierSimilarity.Result r : results) {
          out.println(r.measure().label() + "," + r.similarity() + ","
              + r.coefficients().length + "," + r.frequencies().size());
        }
        break;
      default:
        text(results, out);
        break;
    }
    out.flush();
  }

  private String json(List<FourierSimilarity.Result> results) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("samples", a.datapoints());
    root.put("backend", backend);
    root.put("conv", "dft");
    root.put("a", side(pathA, a));
    root.put("b", side(pathB, b));
    List<Map<String, Object>> entries = new ArrayList<>();
    for (FourierSimilarity.Result r : results) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("measure", r.measure().label());
      entry.put("similarity", r.similarity());
      entry.put("coefficients", r.coefficients());
      List<Map<String, Object>> frequencies = new ArrayList<>();
      for (FourierSimilarity.Frequency f : r.frequencies()) {
        Map<String, Object> frequency = new LinkedHashMap<>();
        frequency.put("u", f.u());
        frequency.put("v", f.v());
        frequency.put("similarity", f.similarity());
        frequencies.add(frequency);
      }
      entry.put("frequencies", frequencies);
      entries.add(entry);
    }
    root.put("results", entries);
    try {
      return new ObjectMapper().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render the result as JSON", e);
    }
  }

  private static Map<String, Object> side(String path, ConvActivations layer) {
    Map<String, Object> side = new LinkedHashMap<>();
    side.put("path", path);
    side.put("shape", new int[] {layer.datapoints(), layer.height(), layer.width(),
        layer.channels()});
    side.put("neurons", layer.channels());
    return side;
  }

  private void text(List<FourierSimilarity.Result> results, PrintWriter out) {
    out.printf(Locale.ROOT, "%d datapoints, backend %s, DFT over space%n", a.datapoints(),
        backend);
    out.printf(Locale.ROOT, "A: %s, %s%n", pathA, a.shape());
    out.printf(Locale.ROOT, "B: %s, %s%n", pathB, b.shape());
    out.println();
    out.printf(Locale.ROOT, "%-12s %10s  %12s  %s%n", "measure", "similarity", "frequencies",
        "coefficients");
    for (FourierSimilarity.Result r : results) {
      out.printf(Locale.ROOT, "%-12s %10.6f  %12d  %d%n", r.measure().label(), r.similarity(),
          r.frequencies().size(), r.coefficients().length);
    }
  }
}
