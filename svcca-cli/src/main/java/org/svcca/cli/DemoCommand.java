package org.svcca.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.svcca.Comparison;
import org.svcca.InvalidInputException;
import org.svcca.Measure;
import org.svcca.MeasureResult;
import org.svcca.Similarity;
import org.svcca.SimilarityOptions;
import org.svcca.spi.LinearAlgebra;
import org.svcca.spi.Matrix;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code svcca demo}: makes three layers (two noisy linear readings of one latent signal and
 * an unrelated one), compares them, and shows that SVCCA tells related from unrelated.
 * Exits 1 if it does not, since that would be a defect.
 */
@Command(name = "demo",
    mixinStandardHelpOptions = true,
    description = "Run end to end on data made here: two related layers and an unrelated one.")
final class DemoCommand implements Callable<Integer> {

  /** Dimensions of the latent signal both related layers read. */
  private static final int LATENT = 10;

  /** Noise standard deviation against unit-variance latent and mixing weights. */
  private static final double NOISE = 0.2;

  /** The measures the demo shows side by side. */
  private static final List<Measure> MEASURES =
      List.of(Measure.SVCCA, Measure.CCA, Measure.PWCCA, Measure.CKA);

  /** Related layers must beat unrelated ones by at least this much SVCCA. */
  private static final double SEPARATION = 0.3;

  @Spec
  private CommandSpec spec;

  @Option(names = "--datapoints", paramLabel = "N", defaultValue = "2000",
      description = "Datapoints per layer (default: 2000).")
  private int datapoints;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Seed of the generated data (default: 1).")
  private long seed;

  @Option(names = "--backend", paramLabel = "ID",
      description = "Linear-algebra backend (see 'svcca backends').")
  private String backend;

  @Option(names = "--format", paramLabel = "FMT", defaultValue = "text",
      description = "text (default) or json.")
  private OutputFormat format;

  private final BackendChoice backends;

  @Inject
  DemoCommand(BackendChoice backends) {
    this.backends = backends;
  }

  @Override
  public Integer call() throws JsonProcessingException {
    if (datapoints < 200) {
      throw new InvalidInputException("--datapoints must be at least 200, got " + datapoints);
    }
    LinearAlgebra la = backends.resolve(backend);
    Random random = new Random(seed);

    // Two layers read the same latent through different weights; a third reads other noise.
    Matrix latent = gaussian(random, datapoints, LATENT, 1.0);
    Matrix a = reading(random, latent, 64);
    Matrix b = reading(random, latent, 48);
    Matrix c = reading(random, gaussian(random, datapoints, LATENT, 1.0), 48);

    Similarity similarity = new Similarity(la);
    SimilarityOptions options = SimilarityOptions.defaults();
    Comparison related = similarity.compare(a, b, MEASURES,
        options.toBuilder().labels("A", "B").build());
    Comparison unrelated = similarity.compare(a, c, MEASURES,
        options.toBuilder().labels("A", "C").build());
    double near = related.result(Measure.SVCCA).similarity();
    double far = unrelated.result(Measure.SVCCA).similarity();
    boolean separates = near - far >= SEPARATION;

    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.JSON) {
      out.println(json(la, related, unrelated, separates));
    } else {
      text(out, la, related, unrelated, separates);
    }
    out.flush();
    return separates ? 0 : Main.INTERNAL_FAILURE;
  }

  private void text(PrintWriter out, LinearAlgebra la, Comparison related,
      Comparison unrelated, boolean separates) {
    out.printf(Locale.ROOT, "svcca demo: %d datapoints, backend %s, seed %d%n", datapoints,
        la.id(), seed);
    out.printf(Locale.ROOT, "  A: 64 neurons reading a %d-dimensional latent signal, plus "
        + "noise%n", LATENT);
    out.println("  B: 48 neurons reading the same latent through other weights, plus noise");
    out.println("  C: 48 neurons reading an unrelated latent, plus noise");
    out.println();
    out.printf(Locale.ROOT, "%-20s %8s %8s %8s %8s   %s%n", "pair", "svcca", "cca", "pwcca",
        "cka", "svcca dims a,b");
    row(out, "A vs B (related)", related);
    row(out, "A vs C (unrelated)", unrelated);
    out.println();
    double near = related.result(Measure.SVCCA).similarity();
    double far = unrelated.result(Measure.SVCCA).similarity();
    out.printf(Locale.ROOT, separates
        ? "SVCCA tells related from unrelated layers: %.3f vs %.3f%n"
        : "FAILED: SVCCA did not separate related from unrelated layers: %.3f vs %.3f%n",
        near, far);
  }

  private static void row(PrintWriter out, String name, Comparison c) {
    MeasureResult svcca = c.result(Measure.SVCCA);
    out.printf(Locale.ROOT, "%-20s %8.4f %8.4f %8.4f %8.4f   %d,%d%n", name,
        svcca.similarity(), c.result(Measure.CCA).similarity(),
        c.result(Measure.PWCCA).similarity(), c.result(Measure.CKA).similarity(),
        svcca.dimsA(), svcca.dimsB());
  }

  private String json(LinearAlgebra la, Comparison related, Comparison unrelated,
      boolean separates) throws JsonProcessingException {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("datapoints", datapoints);
    root.put("seed", seed);
    root.put("backend", la.id());
    List<Map<String, Object>> pairs = new ArrayList<>();
    pairs.add(pair("A vs B", true, related));
    pairs.add(pair("A vs C", false, unrelated));
    root.put("pairs", pairs);
    root.put("separates", separates);
    return new ObjectMapper().writeValueAsString(root);
  }

  private static Map<String, Object> pair(String name, boolean relatedPair, Comparison c) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("pair", name);
    entry.put("related", relatedPair);
    Map<String, Object> values = new LinkedHashMap<>();
    for (MeasureResult r : c.results()) {
      values.put(r.measure().label(), r.similarity());
    }
    entry.put("similarity", values);
    return entry;
  }

  private static Matrix reading(Random random, Matrix latent, int neurons) {
    Matrix weights = gaussian(random, latent.cols(), neurons, 1.0);
    Matrix out = Matrix.zeros(latent.rows(), neurons);
    for (int i = 0; i < latent.rows(); i++) {
      for (int k = 0; k < latent.cols(); k++) {
        double z = latent.get(i, k);
        for (int j = 0; j < neurons; j++) {
          out.data()[i * neurons + j] += z * weights.get(k, j);
        }
      }
      for (int j = 0; j < neurons; j++) {
        out.data()[i * neurons + j] += NOISE * random.nextGaussian();
      }
    }
    return out;
  }

  private static Matrix gaussian(Random random, int rows, int cols, double scale) {
    double[] data = new double[rows * cols];
    for (int i = 0; i < data.length; i++) {
      data[i] = scale * random.nextGaussian();
    }
    return Matrix.wrap(rows, cols, data);
  }
}
