package org.svcca.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.svcca.Comparison;
import org.svcca.ComputationPath;
import org.svcca.KeepBy;
import org.svcca.Measure;
import org.svcca.MeasureResult;
import org.svcca.Similarity;
import org.svcca.SimilarityOptions;
import org.svcca.io.ActivationFiles;
import org.svcca.spi.LinearAlgebra;
import org.svcca.spi.Matrix;

/**
 * Every known answer of the manifest, on both computation paths, to the tolerance the manifest
 * states. Cases whose inputs live in {@code shared/} (too large to commit, or data that may
 * not be committed) are skipped, saying so, where that folder is absent.
 *
 * <p>A backend module runs this by subclassing it and supplying {@link #backend()}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class KnownAnswersContract {

  /**
   * google/svcca's results are recorded with 12 decimals, so they are matched to the rounding
   * of that print.
   */
  protected static final double PRINTED_REFERENCE_TOLERANCE = 1e-11;

  private final KnownAnswers answers = KnownAnswers.load();
  private Path scratch;

  /** The backend under test: the one factory hook. */
  protected abstract LinearAlgebra backend();

  @BeforeAll
  void createScratch() throws IOException {
    scratch = Files.createTempDirectory("svcca-known-answers");
  }

  @AfterAll
  void deleteScratch() throws IOException {
    try (Stream<Path> files = Files.walk(scratch)) {
      files.sorted((x, y) -> y.compareTo(x)).forEach(p -> p.toFile().delete());
    }
  }

  @TestFactory
  Stream<DynamicTest> everyKnownAnswerHoldsOnTheDirectPath() {
    return knownAnswerTests(ComputationPath.DIRECT);
  }

  @TestFactory
  Stream<DynamicTest> everyKnownAnswerHoldsOnTheCovariancePath() {
    return knownAnswerTests(ComputationPath.COVARIANCE);
  }

  @TestFactory
  Stream<DynamicTest> epsilonReproducesGoogleSvccaNumbers() {
    List<DynamicTest> tests = new ArrayList<>();
    for (KnownAnswers.Case c : answers.cases()) {
      JsonNode reference = c.reference();
      if (reference == null || !reference.isObject()) {
        continue;
      }
      reference.fields().forEachRemaining(entry -> tests.add(DynamicTest.dynamicTest(
          c.name() + ": " + entry.getKey(), () -> {
            double epsilon = Double.parseDouble(entry.getKey()
                .substring(entry.getKey().lastIndexOf(' ') + 1));
            Matrix[] inputs = inputs(c);
            MeasureResult r = new Similarity(backend()).compare(inputs[0], inputs[1],
                List.of(Measure.CCA), SimilarityOptions.builder().epsilon(epsilon).build())
                .result(Measure.CCA);
            assertEquals(entry.getValue().asDouble(), r.similarity(),
                PRINTED_REFERENCE_TOLERANCE);
          })));
    }
    return tests.stream();
  }

  /**
   * cka-debiased, cka-rbf and procrustes against brute-force NumPy computations on n x n
   * kernels ({@code golden/more_measures.py}), on the first rows of the bundled cases.
   */
  @TestFactory
  Stream<DynamicTest> kernelMeasuresMatchBruteForceDefinitions() throws IOException {
    JsonNode expected;
    try (java.io.InputStream in =
        KnownAnswers.class.getResourceAsStream("/golden/more_measures.json")) {
      expected = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
    }
    List<DynamicTest> tests = new ArrayList<>();
    expected.path("cases").fields().forEachRemaining(c -> c.getValue().fields()
        .forEachRemaining(value -> {
          if (value.getKey().equals("rows")) {
            return;
          }
          tests.add(DynamicTest.dynamicTest(c.getKey() + ": " + value.getKey(), () -> {
            Matrix[] inputs = inputs(answers.named(c.getKey()));
            int rows = c.getValue().path("rows").asInt();
            String[] words = value.getKey().split(" ");
            SimilarityOptions.Builder options = SimilarityOptions.builder();
            if (words.length > 1) {
              options.rbfBandwidth(Double.parseDouble(words[1]));
            }
            Measure measure = Measure.parse(words[0]);
            MeasureResult r = new Similarity(backend()).compare(firstRows(inputs[0], rows),
                firstRows(inputs[1], rows), List.of(measure), options.build()).result(measure);
            assertEquals(value.getValue().asDouble(), r.similarity(),
                answers.similarityTolerance());
          }));
        }));
    return tests.stream();
  }

  private static Matrix firstRows(Matrix m, int rows) {
    return Matrix.wrap(rows, m.cols(), java.util.Arrays.copyOf(m.data(), rows * m.cols()));
  }

  private Stream<DynamicTest> knownAnswerTests(ComputationPath path) {
    List<DynamicTest> tests = new ArrayList<>();
    for (KnownAnswers.Case c : answers.cases()) {
      for (Map.Entry<String, JsonNode> expected : c.expected().entrySet()) {
        tests.add(DynamicTest.dynamicTest(c.name() + ": " + expected.getKey(),
            () -> check(c, expected.getKey(), expected.getValue(), path)));
      }
    }
    return tests.stream();
  }

  private void check(KnownAnswers.Case c, String key, JsonNode expected, ComputationPath path) {
    Matrix[] inputs = inputs(c);
    Measure measure = Measure.parse(key.split(" ")[0]);
    SimilarityOptions options = optionsFor(key).toBuilder().path(path).build();

    Comparison comparison =
        new Similarity(backend()).compare(inputs[0], inputs[1], List.of(measure), options);
    MeasureResult result = comparison.result(measure);

    assertEquals(expected.path("similarity").asDouble(), result.similarity(),
        answers.similarityTolerance(), "similarity");
    if (expected.has("coefficients")) {
      double[] want = toArray(expected.path("coefficients"));
      SimilarityContract.assertArrayClose(want, result.coefficients(),
          answers.coefficientTolerance());
    }
    if (expected.has("dims")) {
      assertEquals(expected.path("dims").get(0).asInt(), result.dimsA(), "dims of a");
      assertEquals(expected.path("dims").get(1).asInt(), result.dimsB(), "dims of b");
    }
  }

  /** Options named by a manifest key such as "svcca keep 0.99 by variance" or "svcca dims 20". */
  static SimilarityOptions optionsFor(String key) {
    String[] words = key.split(" ");
    SimilarityOptions.Builder builder = SimilarityOptions.builder();
    for (int i = 1; i < words.length; i++) {
      switch (words[i]) {
        case "keep":
          builder.keep(Double.parseDouble(words[++i]));
          break;
        case "by":
          builder.keepBy(KeepBy.parse(words[++i]));
          break;
        case "dims":
          builder.dims(Integer.parseInt(words[++i]));
          break;
        default:
          throw new IllegalArgumentException("unknown word '" + words[i] + "' in " + key);
      }
    }
    return builder.build();
  }

  private Matrix[] inputs(KnownAnswers.Case c) {
    Optional<Path> a = c.input("a", scratch);
    Optional<Path> b = c.input("b", scratch);
    assumeTrue(a.isPresent() && b.isPresent(), "skipped: inputs of " + c.name()
        + " are read from the shared folder, which is absent here");
    return new Matrix[] {oriented(c, a.get()), oriented(c, b.get())};
  }

  /** Transposes a file stored neurons-first, as the case's recorded shape shows. */
  static Matrix oriented(KnownAnswers.Case c, Path file) {
    Matrix m = ActivationFiles.read(file.toString(), false);
    Optional<int[]> used = c.shapeUsed();
    if (used.isPresent() && m.rows() != used.get()[0] && m.cols() == used.get()[0]) {
      return m.transpose();
    }
    return m;
  }

  private static double[] toArray(JsonNode node) {
    double[] out = new double[node.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = node.get(i).asDouble();
    }
    return out;
  }
}
