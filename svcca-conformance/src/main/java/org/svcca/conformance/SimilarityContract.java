package org.svcca.conformance;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.svcca.CanonicalDirections;
import org.svcca.Comparison;
import org.svcca.ComputationPath;
import org.svcca.InvalidInputException;
import org.svcca.KeepBy;
import org.svcca.Layer;
import org.svcca.Measure;
import org.svcca.MeasureResult;
import org.svcca.PwccaSide;
import org.svcca.Significance;
import org.svcca.Similarity;
import org.svcca.SimilarityOptions;
import org.svcca.spi.LinearAlgebra;
import org.svcca.spi.Matrix;

/**
 * Properties every backend must give the similarity measures: invariances, symmetry, agreement
 * of the two computation paths, rank deficiency handled without NaN, and inputs untouched.
 * Every property that says two answers are equal is paired with one that shows a different
 * input gives a different answer, so a constant result cannot pass.
 *
 * <p>A backend module runs this by subclassing it and supplying {@link #backend()}.
 */
public abstract class SimilarityContract {

  /**
   * Invariances hold to rounding: maps with condition number up to 10 on a few hundred
   * datapoints move correlations by well under 1e-10.
   */
  protected static final double INVARIANCE_TOLERANCE = 1e-10;

  /** The direct and covariance paths agree to this on well-conditioned data. */
  protected static final double PATH_AGREEMENT_TOLERANCE = 1e-9;

  /** A correlation of 1 computed from orthonormal bases is 1 to a few ulps. */
  protected static final double UNIT_TOLERANCE = 1e-12;

  /** The measures every computation path supports. */
  private static final List<Measure> ALL =
      List.of(Measure.CCA, Measure.SVCCA, Measure.PWCCA, Measure.CKA, Measure.PROCRUSTES);

  private Similarity similarity;
  private SyntheticLayers layers;

  /** The backend under test: the one factory hook. */
  protected abstract LinearAlgebra backend();

  @BeforeEach
  void createSimilarity() {
    similarity = new Similarity(backend());
    layers = new SyntheticLayers(20170601L);
  }

  @Test
  void svccaTellsRelatedFromUnrelatedLayers() {
    Matrix latent = layers.gaussian(600, 8);
    Matrix a = layers.view(latent, 40, 0.3);
    Matrix related = layers.view(latent, 30, 0.3);
    Matrix unrelated = layers.gaussian(600, 30);

    double near = similarity.similarity(Measure.SVCCA, a, related);
    double far = similarity.similarity(Measure.SVCCA, a, unrelated);

    assertTrue(near > 0.6, "related layers gave " + near);
    assertTrue(far < 0.25, "unrelated layers gave " + far);
  }

  @Test
  void identicalInputsCorrelatePerfectly() {
    Matrix a = layers.gaussian(300, 12);

    Comparison c = compare(a, a, SimilarityOptions.defaults());

    for (MeasureResult r : c.results()) {
      assertEquals(1.0, r.similarity(), UNIT_TOLERANCE, r.measure().label());
    }
    for (double rho : c.result(Measure.CCA).coefficients()) {
      assertEquals(1.0, rho, UNIT_TOLERANCE);
    }
  }

  @Test
  void ccaIsInvariantToInvertibleAffineMaps() {
    Matrix a = layers.gaussian(400, 15);
    Matrix b = layers.view(a, 10, 1.0);
    Matrix mapped = layers.affine(b, 10.0);

    double[] before = coefficients(Measure.CCA, a, b);
    double[] after = coefficients(Measure.CCA, a, mapped);
    double[] other = coefficients(Measure.CCA, a, layers.gaussian(400, 10));

    assertArrayClose(before, after, INVARIANCE_TOLERANCE);
    assertFalse(Math.abs(mean(before) - mean(other)) < 0.1, "different input, same answer");
  }

  @Test
  void svccaAndCkaAreInvariantToRotationAndIsotropicScaling() {
    Matrix a = layers.gaussian(400, 15);
    Matrix b = layers.view(a, 12, 1.0);
    Matrix rotated = SyntheticLayers.scaled(
        SyntheticLayers.multiply(b, layers.orthogonal(12)), 3.7);

    // PWCCA is left out on purpose: its weights depend on the neuron basis of one side.
    for (Measure measure : List.of(Measure.SVCCA, Measure.CKA)) {
      assertEquals(similarity.similarity(measure, a, b),
          similarity.similarity(measure, a, rotated), INVARIANCE_TOLERANCE, measure.label());
    }
  }

  @Test
  void kernelMeasuresAreInvariantToRotationAndScalingYetTellInputsApart() {
    Matrix a = layers.gaussian(250, 10);
    Matrix b = layers.view(a, 8, 1.0);
    Matrix rotated = SyntheticLayers.scaled(
        SyntheticLayers.multiply(b, layers.orthogonal(8)), 0.25);
    Matrix unrelated = layers.gaussian(250, 8);
    List<Measure> kernels = List.of(Measure.CKA_DEBIASED, Measure.CKA_RBF, Measure.PROCRUSTES);

    Comparison plain = similarity.compare(a, b, kernels, SimilarityOptions.defaults());
    Comparison turned = similarity.compare(a, rotated, kernels, SimilarityOptions.defaults());
    Comparison other = similarity.compare(a, unrelated, kernels, SimilarityOptions.defaults());

    for (Measure measure : kernels) {
      double value = plain.result(measure).similarity();
      assertEquals(value, turned.result(measure).similarity(), INVARIANCE_TOLERANCE,
          measure.label());
      assertTrue(value - other.result(measure).similarity() > 0.2,
          measure.label() + " related " + value + " vs unrelated "
              + other.result(measure).similarity());
    }
  }

  @Test
  void measuresThatNeedDatapointsAreRefusedOnTheCovariancePath() {
    Matrix a = layers.gaussian(100, 5);

    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> similarity.compare(a, a, List.of(Measure.CKA_RBF),
            SimilarityOptions.builder().path(ComputationPath.COVARIANCE).build()));

    assertTrue(e.getMessage().startsWith("cka-rbf needs the datapoints"), e.getMessage());
  }

  @Test
  void ckaIsNotInvariantToGeneralInvertibleMaps() {
    Matrix a = layers.gaussian(400, 15);
    Matrix b = layers.view(a, 12, 1.0);
    Matrix stretched = SyntheticLayers.multiply(b, layers.invertible(12, 50.0));

    double before = similarity.similarity(Measure.CKA, a, b);
    double after = similarity.similarity(Measure.CKA, a, stretched);

    assertTrue(Math.abs(before - after) > 1e-3, "CKA " + before + " vs " + after);
  }

  @Test
  void everyMeasureIsInvariantToNeuronOrder() {
    Matrix a = layers.gaussian(300, 14);
    Matrix b = layers.view(a, 11, 1.0);
    Matrix shuffledA = SyntheticLayers.permutedColumns(a, layers.permutation(14));
    Matrix shuffledB = SyntheticLayers.permutedColumns(b, layers.permutation(11));

    Comparison plain = compare(a, b, SimilarityOptions.defaults());
    Comparison shuffled = compare(shuffledA, shuffledB, SimilarityOptions.defaults());

    for (Measure measure : ALL) {
      assertEquals(plain.result(measure).similarity(), shuffled.result(measure).similarity(),
          INVARIANCE_TOLERANCE, measure.label());
    }
  }

  @Test
  void ccaSvccaAndCkaAreSymmetric() {
    Matrix a = layers.gaussian(300, 14);
    Matrix b = layers.view(a, 11, 1.5);
    SimilarityOptions options = SimilarityOptions.builder().dims(8).build();

    Comparison ab = compare(a, b, options);
    Comparison ba = compare(b, a, options);

    for (Measure measure : List.of(Measure.CCA, Measure.SVCCA, Measure.CKA)) {
      assertEquals(ab.result(measure).similarity(), ba.result(measure).similarity(),
          INVARIANCE_TOLERANCE, measure.label());
    }
  }

  @ParameterizedTest
  @EnumSource(ComputationPath.class)
  void inputsAreUntouched(ComputationPath path) {
    Matrix a = layers.gaussian(200, 9);
    Matrix b = layers.gaussian(200, 7);
    Matrix aCopy = a.copy();
    Matrix bCopy = b.copy();

    compare(a, b, SimilarityOptions.builder().path(path).build());

    assertEquals(aCopy, a);
    assertEquals(bCopy, b);
  }

  @Test
  void directAndCovariancePathsAgree() {
    Matrix latent = layers.gaussian(800, 6);
    Matrix a = SyntheticLayers.shifted(layers.view(latent, 30, 0.5), constant(30, 4.0));
    Matrix b = layers.view(latent, 25, 0.8);
    for (SimilarityOptions options : List.of(SimilarityOptions.defaults(),
        SimilarityOptions.builder().keep(0.9).keepBy(KeepBy.SINGULAR_VALUES).build(),
        SimilarityOptions.builder().dims(7).build())) {

      Comparison direct = compare(a, b, options.toBuilder()
          .path(ComputationPath.DIRECT).build());
      Comparison covariance = compare(a, b, options.toBuilder()
          .path(ComputationPath.COVARIANCE).build());

      for (Measure measure : ALL) {
        MeasureResult d = direct.result(measure);
        MeasureResult c = covariance.result(measure);
        assertEquals(d.similarity(), c.similarity(), PATH_AGREEMENT_TOLERANCE, measure.label());
        assertEquals(d.dimsA(), c.dimsA(), measure.label());
        assertEquals(d.dimsB(), c.dimsB(), measure.label());
        assertArrayClose(d.coefficients(), c.coefficients(), PATH_AGREEMENT_TOLERANCE);
      }
    }
  }

  @Test
  void automaticPathTakesTheCovariancePathOnlyForTallData() {
    Matrix tallA = layers.gaussian(400, 20);
    Matrix tallB = layers.view(tallA, 30, 1.0);
    Matrix squareA = layers.gaussian(100, 40);
    Matrix squareB = layers.view(squareA, 20, 1.0);
    SimilarityOptions auto = SimilarityOptions.defaults();
    SimilarityOptions allowed = auto.toBuilder().allowUnderdetermined(true).build();

    Comparison tall = compare(tallA, tallB, auto);
    Comparison square = compare(squareA, squareB, allowed);
    Comparison kernel = similarity.compare(tallA, tallB, List.of(Measure.CKA_RBF), auto);

    assertEquals(ComputationPath.AUTO, auto.path());
    assertEquals(ComputationPath.COVARIANCE, tall.path());
    assertEquals(ComputationPath.DIRECT, square.path());
    assertEquals(ComputationPath.DIRECT, kernel.path());
    Comparison direct = compare(tallA, tallB,
        auto.toBuilder().path(ComputationPath.DIRECT).build());
    for (Measure measure : ALL) {
      assertEquals(direct.result(measure).similarity(), tall.result(measure).similarity(),
          PATH_AGREEMENT_TOLERANCE, measure.label());
    }
  }

  @ParameterizedTest
  @EnumSource(ComputationPath.class)
  void deadNeuronsChangeNoMeasure(ComputationPath path) {
    Matrix latent = layers.gaussian(500, 6);
    Matrix live = layers.view(latent, 20, 0.5);
    Matrix b = layers.view(latent, 15, 0.5);
    Matrix a = SyntheticLayers.withColumns(live, Matrix.zeros(500, 4));
    SimilarityOptions options = SimilarityOptions.builder().path(path).build();

    Comparison clean = compare(live, b, options);
    Comparison dead = compare(a, b, options);

    assertEquals(20, dead.a().rank());
    assertEquals(24, dead.a().neurons());
    for (Measure measure : ALL) {
      assertEquals(clean.result(measure).similarity(), dead.result(measure).similarity(),
          PATH_AGREEMENT_TOLERANCE, measure.label());
    }
  }

  @ParameterizedTest
  @EnumSource(ComputationPath.class)
  void duplicatedNeuronsAddNoCanonicalDirection(ComputationPath path) {
    Matrix latent = layers.gaussian(500, 6);
    Matrix live = layers.view(latent, 20, 0.5);
    Matrix b = layers.view(latent, 15, 0.5);
    Matrix copies = SyntheticLayers.permutedColumns(live, new int[] {0, 3, 7});
    Matrix a = SyntheticLayers.withColumns(live, SyntheticLayers.scaled(copies, -2.0));
    SimilarityOptions options = SimilarityOptions.builder().path(path).build();

    Comparison clean = compare(live, b, options);
    Comparison duplicated = compare(a, b, options);

    assertEquals(20, duplicated.a().rank());
    assertEquals(clean.result(Measure.CCA).similarity(),
        duplicated.result(Measure.CCA).similarity(), PATH_AGREEMENT_TOLERANCE);
    // SVCCA and PWCCA may move (copies shift variance and weights) but stay well defined.
    for (Measure measure : List.of(Measure.SVCCA, Measure.PWCCA)) {
      MeasureResult r = duplicated.result(measure);
      assertTrue(Double.isFinite(r.similarity()), measure.label());
      assertTrue(r.dimsA() <= 20, measure.label() + " kept " + r.dimsA());
      assertEquals(Math.min(r.dimsA(), r.dimsB()), r.coefficients().length);
    }
  }

  @ParameterizedTest
  @EnumSource(ComputationPath.class)
  void oneHotLabelsCarryOneFewerDirectionThanClasses(ComputationPath path) {
    Matrix labels = layers.oneHot(400, 10);
    Matrix a = layers.gaussian(400, 20);

    Comparison c = compare(a, labels, SimilarityOptions.builder().path(path).build());

    assertEquals(9, c.b().rank());
    assertEquals(9, c.result(Measure.CCA).coefficients().length);
    for (double rho : c.result(Measure.CCA).coefficients()) {
      assertTrue(rho >= 0.0 && rho < 0.5, "spurious coefficient " + rho);
    }
  }

  @Test
  void decomposedLayersGiveTheSameAnswersAsMatrices() {
    Matrix a = layers.gaussian(300, 12);
    Matrix b = layers.view(a, 9, 1.0);
    Matrix c = layers.gaussian(300, 9);
    Layer la = similarity.decompose(a, "a");
    Layer lb = similarity.decompose(b, "b");

    Comparison fromLayers = similarity.compare(la, lb, ALL, SimilarityOptions.defaults());
    Comparison fromMatrices = compare(a, b, SimilarityOptions.defaults());
    Comparison other = similarity.compare(la, similarity.decompose(c, "c"), ALL,
        SimilarityOptions.defaults());

    assertEquals(12, la.rank());
    for (Measure measure : ALL) {
      assertEquals(fromMatrices.result(measure).similarity(),
          fromLayers.result(measure).similarity(), UNIT_TOLERANCE, measure.label());
      assertTrue(Math.abs(fromLayers.result(measure).similarity()
          - other.result(measure).similarity()) > 0.05, measure.label());
    }
  }

  @Test
  void permutationTestSeparatesRelatedFromUnrelatedLayers() {
    Matrix a = layers.gaussian(200, 8);
    Layer la = similarity.decompose(a, "a");
    Layer related = similarity.decompose(layers.view(a, 6, 2.0), "related");
    Layer unrelated = similarity.decompose(layers.gaussian(200, 6), "unrelated");
    Significance significance = new Significance(similarity);
    List<Measure> measures = List.of(Measure.SVCCA, Measure.CKA);

    Map<Measure, Double> near = significance.permutationPValues(la, related, measures,
        SimilarityOptions.defaults(), 99, 7L, done -> { });
    Map<Measure, Double> far = significance.permutationPValues(la, unrelated, measures,
        SimilarityOptions.defaults(), 99, 7L, done -> { });

    for (Measure measure : measures) {
      assertEquals(0.01, near.get(measure), 1e-12, measure.label());
      assertTrue(far.get(measure) > 0.05, measure.label() + " p = " + far.get(measure));
    }
  }

  @Test
  void bootstrapIntervalHoldsTheFullDataValueAndIsReproducible() {
    Matrix a = layers.gaussian(200, 8);
    Layer la = similarity.decompose(a, "a");
    Layer lb = similarity.decompose(layers.view(a, 6, 3.0), "b");
    Significance significance = new Significance(similarity);
    List<Measure> measures = List.of(Measure.SVCCA, Measure.PWCCA, Measure.CKA);
    AtomicInteger calls = new AtomicInteger();

    Map<Measure, double[]> first = significance.bootstrapIntervals(la, lb, measures,
        SimilarityOptions.defaults(), 200, 11L, 0.95, done -> calls.incrementAndGet());
    Map<Measure, double[]> again = significance.bootstrapIntervals(la, lb, measures,
        SimilarityOptions.defaults(), 200, 11L, 0.95, done -> { });
    Map<Measure, double[]> otherSeed = significance.bootstrapIntervals(la, lb, measures,
        SimilarityOptions.defaults(), 200, 12L, 0.95, done -> { });
    Comparison full = similarity.compare(la, lb, measures, SimilarityOptions.defaults());

    assertEquals(200, calls.get());
    for (Measure measure : measures) {
      double[] ci = first.get(measure);
      double value = full.result(measure).similarity();
      assertTrue(ci[0] < value && value < ci[1],
          measure.label() + " " + value + " outside " + java.util.Arrays.toString(ci));
      assertTrue(ci[1] - ci[0] > 1e-4, measure.label() + " interval has no width");
      assertEquals(java.util.Arrays.toString(ci), java.util.Arrays.toString(again.get(measure)));
      assertFalse(java.util.Arrays.equals(ci, otherSeed.get(measure)), measure.label());
    }
  }

  @Test
  void canonicalDirectionsReproduceTheVariatesAndCorrelations() {
    Matrix a = SyntheticLayers.shifted(layers.gaussian(300, 12), constant(12, 3.0));
    Matrix b = layers.view(a, 9, 1.0);
    Layer la = similarity.decompose(a, "a");
    Layer lb = similarity.decompose(b, "b");
    SimilarityOptions options = SimilarityOptions.builder().dims(6).build();

    CanonicalDirections d = similarity.directions(la, lb, options);
    double[] svcca = similarity.compare(la, lb, List.of(Measure.SVCCA), options)
        .result(Measure.SVCCA).coefficients();

    assertArrayClose(svcca, d.correlations(), UNIT_TOLERANCE);
    Matrix projectedA = project(a, d.meanA(), d.weightsA());
    Matrix projectedB = project(b, d.meanB(), d.weightsB());
    assertArrayClose(d.variatesA().data(), projectedA.data(), 1e-10);
    assertArrayClose(d.variatesB().data(), projectedB.data(), 1e-10);
    for (int i = 0; i < d.correlations().length; i++) {
      double[] va = d.variatesA().column(i);
      double[] vb = d.variatesB().column(i);
      assertEquals(1.0, dot(va, va), UNIT_TOLERANCE);
      assertEquals(d.correlations()[i], dot(va, vb), 1e-10);
    }
    assertEquals(12, d.basisA().rows());
    assertEquals(6, d.basisA().cols());
  }

  private static Matrix project(Matrix x, double[] mean, Matrix weights) {
    Matrix centred = SyntheticLayers.shifted(x, java.util.Arrays.stream(mean).map(v -> -v)
        .toArray());
    return SyntheticLayers.multiply(centred, weights);
  }

  private static double dot(double[] x, double[] y) {
    double sum = 0.0;
    for (int i = 0; i < x.length; i++) {
      sum += x[i] * y[i];
    }
    return sum;
  }

  @Test
  void svccaKeepsTheRequestedDirections() {
    Matrix a = layers.gaussian(300, 20);
    Matrix b = layers.gaussian(300, 16);

    Comparison byCount = compare(a, b, SimilarityOptions.builder().dims(5).build());
    Comparison everything = compare(a, b, SimilarityOptions.builder().keep(1.0).build());

    assertEquals(5, byCount.result(Measure.SVCCA).dimsA());
    assertEquals(5, byCount.result(Measure.SVCCA).coefficients().length);
    assertEquals(everything.result(Measure.CCA).similarity(),
        everything.result(Measure.SVCCA).similarity(), UNIT_TOLERANCE);
  }

  @Test
  void dimsBeyondTheRankAreCappedWithAWarning() {
    Matrix a = layers.gaussian(300, 6);
    Matrix b = layers.gaussian(300, 16);

    Comparison c = compare(a, b, SimilarityOptions.builder().dims(10).build());

    assertEquals(6, c.result(Measure.SVCCA).dimsA());
    assertEquals(10, c.result(Measure.SVCCA).dimsB());
    assertTrue(c.warnings().stream().anyMatch(w -> w.contains("keeping 6 instead of 10")),
        c.warnings().toString());
  }

  @Test
  void pwccaWeightsArePositiveAndSumToOne() {
    Matrix a = layers.gaussian(300, 10);
    Matrix b = layers.view(a, 14, 1.0);

    MeasureResult r = compare(a, b, SimilarityOptions.defaults()).result(Measure.PWCCA);
    double[] weights = r.weights().orElseThrow();

    assertEquals(r.coefficients().length, weights.length);
    double sum = 0.0;
    for (double w : weights) {
      assertTrue(w >= 0.0);
      sum += w;
    }
    assertEquals(1.0, sum, UNIT_TOLERANCE);
  }

  @Test
  void pwccaSideCanBeChosen() {
    Matrix a = layers.gaussian(300, 10);
    Matrix b = layers.view(a, 14, 2.0);

    double fewer = similarity.compare(a, b, List.of(Measure.PWCCA),
        SimilarityOptions.defaults()).result(Measure.PWCCA).similarity();
    double onA = similarity.compare(a, b, List.of(Measure.PWCCA),
        SimilarityOptions.builder().pwccaSide(PwccaSide.A).build())
        .result(Measure.PWCCA).similarity();
    double onB = similarity.compare(a, b, List.of(Measure.PWCCA),
        SimilarityOptions.builder().pwccaSide(PwccaSide.B).build())
        .result(Measure.PWCCA).similarity();

    assertEquals(fewer, onA, 0.0);
    assertTrue(Math.abs(onA - onB) > 1e-6, "weights from either side gave " + onA);
  }

  @Test
  void epsilonPrunesNeuronsWithoutVariance() {
    Matrix latent = layers.gaussian(500, 6);
    Matrix live = layers.view(latent, 20, 0.5);
    Matrix a = SyntheticLayers.withColumns(live, Matrix.zeros(500, 3));
    Matrix b = layers.view(latent, 15, 0.5);

    MeasureResult plain = compare(live, b, SimilarityOptions.defaults()).result(Measure.CCA);
    MeasureResult pruned = compare(a, b, SimilarityOptions.builder().epsilon(1e-10).build())
        .result(Measure.CCA);

    assertEquals(20, pruned.dimsA());
    assertEquals(15, pruned.dimsB());
    // The ridge of 1e-10 on covariances scaled to 1 moves correlations by about that much.
    assertEquals(plain.similarity(), pruned.similarity(), 1e-8);
  }

  @Test
  void underdeterminedCorrelationsAreRefusedUnlessAllowed() {
    Matrix a = layers.gaussian(30, 20);
    Matrix b = layers.gaussian(30, 20);

    InvalidInputException refused = assertThrows(InvalidInputException.class,
        () -> compare(a, b, SimilarityOptions.builder().keep(1.0).build()));
    Comparison allowed = compare(a, b,
        SimilarityOptions.builder().keep(1.0).allowUnderdetermined(true).build());

    assertTrue(refused.getMessage().contains("by construction"), refused.getMessage());
    assertFalse(allowed.warnings().isEmpty());
    double[] rho = allowed.result(Measure.CCA).coefficients();
    assertEquals(1.0, rho[10], 1e-9, "20 + 20 directions in 29 dimensions share 11");
  }

  @Test
  void mismatchedDatapointsNameBothCounts() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> compare(layers.gaussian(600, 5), layers.gaussian(599, 5),
            SimilarityOptions.defaults()));

    assertEquals("A has 600 datapoints, B has 599; rows must be the same inputs in the same order",
        e.getMessage());
  }

  @Test
  void nonFiniteValuesAreReportedWithTheirPosition() {
    Matrix a = layers.gaussian(50, 5);
    a.set(12, 3, Double.NaN);

    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> compare(a, layers.gaussian(50, 5), SimilarityOptions.builder()
            .labels("acts.npy", "other.npy").build()));

    assertEquals("acts.npy: NaN at datapoint 12, neuron 3 (0-based)", e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(ComputationPath.class)
  void constantLayersAreRejected(ComputationPath path) {
    Matrix constant = SyntheticLayers.shifted(Matrix.zeros(50, 4), constant(4, 2.5));

    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> compare(layers.gaussian(50, 5), constant,
            SimilarityOptions.builder().path(path).build()));

    assertTrue(e.getMessage().startsWith("B: all 4 neurons are constant"), e.getMessage());
  }

  @Test
  void resultsStayWithinZeroAndOne() {
    Matrix a = layers.gaussian(200, 10);
    Matrix b = layers.view(a, 10, 0.01);

    for (MeasureResult r : compare(a, b, SimilarityOptions.defaults()).results()) {
      assertTrue(r.similarity() >= 0.0 && r.similarity() <= 1.0, r.measure().label());
      for (double rho : r.coefficients()) {
        assertTrue(rho >= 0.0 && rho <= 1.0, r.measure().label() + " " + rho);
      }
    }
  }

  private Comparison compare(Matrix a, Matrix b, SimilarityOptions options) {
    return similarity.compare(a, b, ALL, options);
  }

  private double[] coefficients(Measure measure, Matrix a, Matrix b) {
    return similarity.compare(a, b, List.of(measure), SimilarityOptions.defaults())
        .result(measure).coefficients();
  }

  private static double[] constant(int n, double value) {
    double[] out = new double[n];
    java.util.Arrays.fill(out, value);
    return out;
  }

  private static double mean(double[] values) {
    double sum = 0.0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  static void assertArrayClose(double[] expected, double[] actual, double tolerance) {
    assertEquals(expected.length, actual.length, "length");
    assertAll(java.util.stream.IntStream.range(0, expected.length).mapToObj(i ->
        () -> assertEquals(expected[i], actual[i], tolerance, "element " + i)));
  }
}
