package org.svcca.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.svcca.Comparison;
import org.svcca.ComputationPath;
import org.svcca.InvalidInputException;
import org.svcca.Measure;
import org.svcca.Similarity;
import org.svcca.SimilarityOptions;
import org.svcca.spi.LinearAlgebra;
import org.svcca.spi.Matrix;
import org.svcca.spi.Transpose;
import org.svcca.stream.MomentAccumulator;

/**
 * Streaming statistics on a backend: a {@link MomentAccumulator} fed in row chunks gives the
 * same measures as the in-memory paths on every known answer, whatever the chunk sizes and
 * merge order, and keeps its digits on data whose mean dwarfs its spread.
 *
 * <p>A backend module runs this by subclassing it and supplying {@link #backend()}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class MomentsContract {

  /**
   * Streamed and in-memory moments differ only in the order of the same additions, so
   * similarities agree as the two in-memory paths do: well within 1e-9.
   */
  protected static final double AGREEMENT_TOLERANCE = 1e-9;

  /**
   * Merged moments, relative to their largest entry: a few hundred roundings of order eps,
   * whatever the chunking.
   */
  protected static final double MOMENT_TOLERANCE = 1e-12;

  /** Chunk sizes that divide no fixture evenly and include single rows and empty chunks. */
  private static final int[] UNEVEN_CHUNKS = {1, 0, 97, 2, 250, 13, 0, 1, 400};

  /** Every measure that second moments determine (not those needing the datapoints). */
  private static final List<Measure> ALL = java.util.Arrays.stream(Measure.values())
      .filter(m -> !m.needsDatapoints()).collect(java.util.stream.Collectors.toList());

  private final KnownAnswers answers = KnownAnswers.load();
  /** Each case's inputs and streamed statistics, built once for all of its keys. */
  private final Map<String, Streamed> streamedCases = new HashMap<>();
  private Path scratch;

  /** The backend under test: the one factory hook. */
  protected abstract LinearAlgebra backend();

  @BeforeAll
  void createScratch() throws IOException {
    scratch = Files.createTempDirectory("svcca-moments");
  }

  @AfterAll
  void deleteScratch() throws IOException {
    try (Stream<Path> files = Files.walk(scratch)) {
      files.sorted((x, y) -> y.compareTo(x)).forEach(p -> p.toFile().delete());
    }
  }

  @TestFactory
  Stream<DynamicTest> streamedMomentsGiveEveryKnownAnswerOnBothPaths() {
    List<DynamicTest> tests = new ArrayList<>();
    for (KnownAnswers.Case c : answers.cases()) {
      for (Map.Entry<String, JsonNode> expected : c.expected().entrySet()) {
        tests.add(DynamicTest.dynamicTest(c.name() + ": " + expected.getKey(),
            () -> checkKnownAnswer(c, expected.getKey(), expected.getValue())));
      }
    }
    return tests.stream();
  }

  @Test
  void mergeOrderAndChunkingDoNotChangeTheMoments() {
    SyntheticLayers layers = new SyntheticLayers(31L);
    Matrix latent = layers.gaussian(700, 5);
    Matrix a = layers.view(latent, 12, 0.5);
    Matrix b = layers.view(latent, 9, 0.5);
    List<MomentAccumulator> parts = partials(a, b, UNEVEN_CHUNKS);

    MomentAccumulator forward = new MomentAccumulator(12, 9);
    parts.forEach(forward::merge);
    MomentAccumulator backward = new MomentAccumulator(12, 9);
    for (int i = parts.size() - 1; i >= 0; i--) {
      backward.merge(parts.get(i));
    }
    MomentAccumulator tree = mergedAsTree(parts, 0, parts.size());
    MomentAccumulator whole = new MomentAccumulator(12, 9).add(backend(), a, b);

    for (MomentAccumulator other : List.of(backward, tree, whole)) {
      assertEquals(forward.count(), other.count());
      for (int[] block : new int[][] {{0, 0}, {0, 1}, {1, 1}}) {
        assertClose(forward.moments(block[0], block[1]), other.moments(block[0], block[1]),
            MOMENT_TOLERANCE);
      }
    }
    assertClose(centredProduct(a, b), forward.moments(0, 1), MOMENT_TOLERANCE);
  }

  @Test
  void unevenChunksGiveTheInMemoryAnswerAndDifferentDataADifferentOne() {
    SyntheticLayers layers = new SyntheticLayers(32L);
    Matrix latent = layers.gaussian(800, 4);
    Matrix a = layers.view(latent, 10, 0.3);
    Matrix b = layers.view(latent, 8, 0.3);
    Matrix unrelated = layers.gaussian(800, 8);
    SimilarityOptions options = SimilarityOptions.builder().dims(4).build();

    MomentAccumulator streamed = new MomentAccumulator(10, 8);
    partials(a, b, UNEVEN_CHUNKS).forEach(streamed::merge);
    Comparison fromStream = streamed.compare(similarity(), ALL, options);
    Comparison inMemory = similarity().compare(a, b, ALL, covariance(options));
    MomentAccumulator other = new MomentAccumulator(10, 8).add(backend(), a, unrelated);

    assertEquals(800, fromStream.samples());
    assertEquals(ComputationPath.COVARIANCE, fromStream.path());
    for (Measure measure : ALL) {
      assertEquals(inMemory.result(measure).similarity(),
          fromStream.result(measure).similarity(), AGREEMENT_TOLERANCE, measure.label());
    }
    double unrelatedSvcca = other.compare(similarity(), ALL, options).result(Measure.SVCCA)
        .similarity();
    assertTrue(fromStream.result(Measure.SVCCA).similarity() - unrelatedSvcca > 0.5,
        "related " + fromStream.result(Measure.SVCCA).similarity() + ", unrelated "
            + unrelatedSvcca);
  }

  /**
   * Values {@code 1e6 + N(0, 1)}: a naive {@code sum z z^T - n m m^T} cancels twelve of its
   * sixteen digits, the pairwise update keeps them.
   */
  @Test
  void largeMeansKeepTheirDigits() {
    SyntheticLayers layers = new SyntheticLayers(33L);
    Matrix a = shiftedBy(layers.gaussian(20_000, 6), 1e6);
    Matrix b = shiftedBy(layers.gaussian(20_000, 5), 1e6);
    Matrix exact = centredProduct(a, b);

    MomentAccumulator streamed = new MomentAccumulator(6, 5);
    for (int from = 0; from < a.rows(); from += 1000) {
      streamed.add(backend(), rows(a, from, from + 1000), rows(b, from, from + 1000));
    }
    Matrix naive = naiveProduct(a, b);

    double streamedError = relativeError(exact, streamed.moments(0, 1));
    double naiveError = relativeError(exact, naive);
    assertTrue(streamedError < MOMENT_TOLERANCE, "streamed relative error " + streamedError);
    assertTrue(naiveError > 1e3 * MOMENT_TOLERANCE, "naive relative error " + naiveError
        + " shows no cancellation; the test data do not exercise it");
    assertEquals(1e6, streamed.means(0)[0], 0.1);
    assertEquals(similarity().compare(a, b, ALL, SimilarityOptions.defaults())
        .result(Measure.CKA).similarity(),
        streamed.compare(similarity(), ALL, SimilarityOptions.defaults())
        .result(Measure.CKA).similarity(), AGREEMENT_TOLERANCE);
  }

  @Test
  void manyRepresentationsInOnePassGiveEachPairsAnswer() {
    SyntheticLayers layers = new SyntheticLayers(34L);
    Matrix latent = layers.gaussian(300, 3);
    Matrix[] sides = {layers.view(latent, 7, 0.4), layers.view(latent, 5, 1.0),
        layers.gaussian(300, 6)};
    MomentAccumulator joint = new MomentAccumulator(7, 5, 6);
    for (int from = 0; from < 300; from += 64) {
      int to = Math.min(300, from + 64);
      joint.add(backend(), rows(sides[0], from, to), rows(sides[1], from, to),
          rows(sides[2], from, to));
    }

    for (int[] pair : new int[][] {{0, 1}, {0, 2}, {2, 1}}) {
      Comparison expected = similarity().compare(sides[pair[0]], sides[pair[1]], ALL,
          covariance(SimilarityOptions.defaults()));
      Comparison actual = joint.compare(similarity(), pair[0], pair[1], ALL,
          SimilarityOptions.defaults());
      for (Measure measure : ALL) {
        assertEquals(expected.result(measure).similarity(),
            actual.result(measure).similarity(), AGREEMENT_TOLERANCE, measure.label());
      }
    }
  }

  @Test
  void serializedAccumulatorsMergeToTheSameMoments() throws Exception {
    SyntheticLayers layers = new SyntheticLayers(35L);
    Matrix a = layers.gaussian(90, 4);
    Matrix b = layers.gaussian(90, 3);
    MomentAccumulator first = new MomentAccumulator(4, 3).add(backend(), rows(a, 0, 40),
        rows(b, 0, 40));
    MomentAccumulator second = new MomentAccumulator(4, 3).add(backend(), rows(a, 40, 90),
        rows(b, 40, 90));

    MomentAccumulator shipped = roundTrip(first).merge(roundTrip(second));

    assertEquals(90, shipped.count());
    assertClose(centredProduct(a, b), shipped.moments(0, 1), MOMENT_TOLERANCE);
  }

  @Test
  void chunksThatDoNotFitAreRejectedWithTheirShapes() {
    MomentAccumulator acc = new MomentAccumulator(4, 3);
    Matrix a = TestMatrices.gaussian(10, 4, 1);

    InvalidInputException rows = assertThrows(InvalidInputException.class,
        () -> acc.add(backend(), a, TestMatrices.gaussian(9, 3, 2)));
    InvalidInputException cols = assertThrows(InvalidInputException.class,
        () -> acc.add(backend(), a, TestMatrices.gaussian(10, 5, 2)));
    Matrix withNan = TestMatrices.gaussian(10, 3, 3);
    withNan.set(6, 2, Double.NaN);
    InvalidInputException nan = assertThrows(InvalidInputException.class,
        () -> acc.add(backend(), a, withNan));
    InvalidInputException widths = assertThrows(InvalidInputException.class,
        () -> acc.merge(new MomentAccumulator(4, 4)));
    InvalidInputException tooFew = assertThrows(InvalidInputException.class,
        () -> new MomentAccumulator(4, 3).add(backend(), rows(a, 0, 1),
            TestMatrices.gaussian(1, 3, 4)).compare(similarity(), ALL,
            SimilarityOptions.defaults()));

    assertTrue(rows.getMessage().contains("A chunk has 10 datapoints, B chunk has 9"),
        rows.getMessage());
    assertTrue(cols.getMessage().contains("B chunk is 10 x 5"), cols.getMessage());
    assertTrue(nan.getMessage().contains("B: NaN at datapoint 6, neuron 2"), nan.getMessage());
    assertTrue(widths.getMessage().contains("[4, 3] and [4, 4]"), widths.getMessage());
    assertTrue(tooFew.getMessage().contains("1 datapoint(s)"), tooFew.getMessage());
    assertEquals(0, acc.count(), "a rejected chunk must leave the accumulator as it was");
  }

  private void checkKnownAnswer(KnownAnswers.Case c, String key, JsonNode expected) {
    Streamed prepared = streamedCases.computeIfAbsent(c.name(), name -> stream(inputs(c)));
    Matrix[] inputs = prepared.inputs();
    MomentAccumulator streamed = prepared.moments();
    Measure measure = Measure.parse(key.split(" ")[0]);
    SimilarityOptions options = KnownAnswersContract.optionsFor(key);

    double fromStream = streamed.compare(similarity(), List.of(measure), options)
        .result(measure).similarity();
    double direct = similarity().compare(inputs[0], inputs[1], List.of(measure), options)
        .result(measure).similarity();
    double covariance = similarity().compare(inputs[0], inputs[1], List.of(measure),
        covariance(options)).result(measure).similarity();

    assertEquals(covariance, fromStream, AGREEMENT_TOLERANCE, "against the covariance path");
    assertEquals(direct, fromStream, AGREEMENT_TOLERANCE, "against the direct path");
    assertEquals(expected.path("similarity").asDouble(), fromStream,
        answers.similarityTolerance(), "against the known answer");
  }

  private Streamed stream(Matrix[] inputs) {
    MomentAccumulator streamed = new MomentAccumulator(inputs[0].cols(), inputs[1].cols());
    partials(inputs[0], inputs[1], UNEVEN_CHUNKS).forEach(streamed::merge);
    return new Streamed(inputs, streamed);
  }

  /** A case's two inputs and the statistics streamed from them in uneven chunks. */
  private record Streamed(Matrix[] inputs, MomentAccumulator moments) {}

  /** One accumulator per chunk, chunk sizes cycling through {@code sizes}. */
  private List<MomentAccumulator> partials(Matrix a, Matrix b, int[] sizes) {
    List<MomentAccumulator> parts = new ArrayList<>();
    int from = 0;
    for (int k = 0; from < a.rows(); k++) {
      int to = Math.min(a.rows(), from + sizes[k % sizes.length]);
      parts.add(new MomentAccumulator(a.cols(), b.cols()).add(backend(), rows(a, from, to),
          rows(b, from, to)));
      from = to;
    }
    return parts;
  }

  private static MomentAccumulator mergedAsTree(List<MomentAccumulator> parts, int from,
      int to) {
    if (to - from == 1) {
      return new MomentAccumulator(parts.get(from).neurons(0), parts.get(from).neurons(1))
          .merge(parts.get(from));
    }
    int middle = (from + to) / 2;
    return mergedAsTree(parts, from, middle).merge(mergedAsTree(parts, middle, to));
  }

  private Similarity similarity() {
    return new Similarity(backend());
  }

  private static SimilarityOptions covariance(SimilarityOptions options) {
    return options.toBuilder().path(ComputationPath.COVARIANCE).build();
  }

  private Matrix[] inputs(KnownAnswers.Case c) {
    Optional<Path> a = c.input("a", scratch);
    Optional<Path> b = c.input("b", scratch);
    assumeTrue(a.isPresent() && b.isPresent(), "skipped: inputs of " + c.name()
        + " are read from the shared folder, which is absent here");
    return new Matrix[] {KnownAnswersContract.oriented(c, a.get()),
        KnownAnswersContract.oriented(c, b.get())};
  }

  /** Rows {@code [from, to)} as a new matrix. */
  static Matrix rows(Matrix x, int from, int to) {
    double[] out = new double[(to - from) * x.cols()];
    System.arraycopy(x.data(), from * x.cols(), out, 0, out.length);
    return Matrix.wrap(to - from, x.cols(), out);
  }

  private static Matrix shiftedBy(Matrix x, double offset) {
    Matrix out = x.copy();
    for (int i = 0; i < out.data().length; i++) {
      out.data()[i] += offset;
    }
    return out;
  }

  /** {@code Xc^T Yc} by two-pass centring and plain loops: the reference. */
  private static Matrix centredProduct(Matrix a, Matrix b) {
    Matrix ac = centred(a);
    Matrix bc = centred(b);
    return TestMatrices.product(ac, Transpose.YES, bc, Transpose.NO);
  }

  /** {@code X^T Y - n mx my^T}: the textbook one-pass formula that cancels. */
  private static Matrix naiveProduct(Matrix a, Matrix b) {
    Matrix raw = TestMatrices.product(a, Transpose.YES, b, Transpose.NO);
    double[] ma = columnMeans(a);
    double[] mb = columnMeans(b);
    for (int i = 0; i < ma.length; i++) {
      for (int j = 0; j < mb.length; j++) {
        raw.set(i, j, raw.get(i, j) - a.rows() * ma[i] * mb[j]);
      }
    }
    return raw;
  }

  private static Matrix centred(Matrix x) {
    double[] means = columnMeans(x);
    Matrix out = x.copy();
    for (int i = 0; i < x.rows(); i++) {
      for (int j = 0; j < x.cols(); j++) {
        out.set(i, j, x.get(i, j) - means[j]);
      }
    }
    return out;
  }

  private static double[] columnMeans(Matrix x) {
    double[] means = new double[x.cols()];
    for (int i = 0; i < x.rows(); i++) {
      for (int j = 0; j < x.cols(); j++) {
        means[j] += x.get(i, j);
      }
    }
    for (int j = 0; j < means.length; j++) {
      means[j] /= x.rows();
    }
    return means;
  }

  private static double relativeError(Matrix expected, Matrix actual) {
    return TestMatrices.distance(expected, actual) / TestMatrices.frobenius(expected);
  }

  private static void assertClose(Matrix expected, Matrix actual, double relative) {
    double error = relativeError(expected, actual);
    assertTrue(error < relative, "relative difference " + error + " over " + relative);
  }

  private static MomentAccumulator roundTrip(MomentAccumulator acc) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(acc);
    }
    try (ObjectInputStream in = new ObjectInputStream(
        new ByteArrayInputStream(bytes.toByteArray()))) {
      return (MomentAccumulator) in.readObject();
    }
  }
}
