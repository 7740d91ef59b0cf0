package org.svcca;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.svcca.internal.DenseOps;
import org.svcca.spi.LinearAlgebra;
import org.svcca.spi.Matrix;
import org.svcca.spi.SvdParts;
import org.svcca.spi.ThinSvd;
import org.svcca.spi.Transpose;

/**
 * Similarity of two representations of the same datapoints: CCA, SVCCA, PWCCA, linear CKA
 * (plain and debiased), RBF CKA and orthogonal Procrustes.
 *
 * <p>Inputs are datapoints x neurons (rows are the same inputs in the same order on both
 * sides); each neuron is centred; every computation is in double precision through the
 * given backend. Each side is decomposed once per {@link #compare} call, however many
 * measures are asked for.
 *
 * <pre>{@code
 * Similarity similarity = Similarity.withDefaultBackend();
 * Comparison c = similarity.compare(a, b, List.of(Measure.SVCCA, Measure.CKA),
 *     SimilarityOptions.builder().keep(0.99).build());
 * double svcca = c.result(Measure.SVCCA).similarity();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Similarity {

  private static final Logger LOG = LoggerFactory.getLogger(Similarity.class);

  /** Measures that {@link SimilarityOptions#epsilon()} does not apply to. */
  private static final Set<Measure> WITHOUT_EPSILON = Set.of(Measure.PWCCA, Measure.CKA,
      Measure.CKA_DEBIASED, Measure.CKA_RBF, Measure.PROCRUSTES);

  private final LinearAlgebra la;

  public Similarity(LinearAlgebra linearAlgebra) {
    this.la = Objects.requireNonNull(linearAlgebra, "linearAlgebra");
  }

  /** On the backend {@link Backends#discover()} selects by property, environment and priority. */
  public static Similarity withDefaultBackend() {
    return new Similarity(Backends.discover().select(null));
  }

  /** The id of the backend doing the linear algebra. */
  public String backend() {
    return la.id();
  }

  /** One measure with default options. */
  public double similarity(Measure measure, Matrix a, Matrix b) {
    return compare(a, b, List.of(measure), SimilarityOptions.defaults()).results().get(0)
        .similarity();
  }

  /**
   * Computes the requested measures.
   *
   * @param a datapoints x neurons; not modified
   * @param b datapoints x neurons, the same datapoints as a; not modified
   * @param measures at least one; repeats are ignored
   * @throws InvalidInputException if the inputs differ in datapoints, hold NaN or infinity,
   *     have fewer than 2 datapoints, vary in no neuron, or leave canonical correlations
   *     underdetermined without {@link SimilarityOptions#allowUnderdetermined()}
   */
  public Comparison compare(Matrix a, Matrix b, Collection<Measure> measures,
      SimilarityOptions options) {
    Objects.requireNonNull(options, "options");
    Set<Measure> wanted = new LinkedHashSet<>(measures);
    Checks.require(!wanted.isEmpty(), "no measure requested");
    Checks.requireComparable(a, b, options.labelA(), options.labelB());
    Checks.requireFinite(a, options.labelA());
    Checks.requireFinite(b, options.labelB());

    ComputationPath path = resolve(options.path(), a, b, wanted);
    SimilarityOptions resolved = options.toBuilder().path(path).build();
    Pair pair = path == ComputationPath.DIRECT
        ? Pair.direct(la, a, b, resolved)
        : Pair.covariance(la, a, b, resolved);
    return finish(pair, wanted, resolved);
  }

  /** The path {@link ComputationPath#AUTO} stands for with these inputs and measures. */
  static ComputationPath resolve(ComputationPath requested, Matrix a, Matrix b,
      Collection<Measure> measures) {
    if (requested != ComputationPath.AUTO) {
      return requested;
    }
    boolean tall = (long) a.rows() >= (long) ComputationPath.TALL_RATIO
        * Math.max(a.cols(), b.cols());
    boolean momentsSuffice = measures.stream().noneMatch(Measure::needsDatapoints);
    return tall && momentsSuffice ? ComputationPath.COVARIANCE : ComputationPath.DIRECT;
  }

  /**
   * Centres and decomposes one representation for repeated comparisons.
   *
   * @param x datapoints x neurons; not modified
   * @param label how messages name it, such as its file name
   * @throws InvalidInputException if x has no neuron, fewer than 2 datapoints, a NaN or
   *     infinity, or no neuron that varies
   */
  public Layer decompose(Matrix x, String label) {
    Objects.requireNonNull(label, "label");
    Checks.require(x.cols() > 0, label + " has no neurons");
    Checks.require(x.rows() >= 2, label + " has " + x.rows()
        + " datapoint(s); at least 2 are needed to centre and correlate");
    Checks.requireFinite(x, label);
    return new Layer(Pair.decompose(la, x, label), DenseOps.columnMeans(x));
  }

  /**
   * Computes the requested measures between two decomposed layers on the direct path; the
   * labels of the layers name them in messages, whatever the options say.
   *
   * @throws InvalidInputException if the layers differ in datapoints, or leave canonical
   *     correlations underdetermined without {@link SimilarityOptions#allowUnderdetermined()}
   */
  public Comparison compare(Layer a, Layer b, Collection<Measure> measures,
      SimilarityOptions options) {
    Set<Measure> wanted = new LinkedHashSet<>(measures);
    Checks.require(!wanted.isEmpty(), "no measure requested");
    Checks.requireSameDatapoints(a.samples(), a.label(), b.samples(), b.label());
    SimilarityOptions direct = options.toBuilder().path(ComputationPath.DIRECT)
        .labels(a.label(), b.label()).build();
    return finish(Pair.of(la, a.basis, b.basis), wanted, direct);
  }

  /**
   * The canonical directions of SVCCA between two layers, with the kept directions the
   * options' dims or keep rule chooses. With {@code C_k = Ua_k^T Ub_k = P diag(rho) R^T}, the
   * variates are {@code Ua_k P} and {@code Ub_k R}, and since {@code Xc Va_k = Ua_k diag(sa_k)}
   * the weights that produce them are {@code Va_k diag(sa_k)^-1 P}.
   */
  public CanonicalDirections directions(Layer a, Layer b, SimilarityOptions options) {
    Checks.requireSameDatapoints(a.samples(), a.label(), b.samples(), b.label());
    Pair pair = Pair.of(la, a.basis, b.basis);
    int ka = KeepRule.kept(a.basis.singularValues, options);
    int kb = KeepRule.kept(b.basis.singularValues, options);
    ThinSvd svd = la.svd(pair.block(ka, kb), SvdParts.BOTH);
    Matrix basisA = a.basis.right.leadingColumns(ka);
    Matrix basisB = b.basis.right.leadingColumns(kb);
    double[] sa = Arrays.copyOf(a.basis.singularValues, ka);
    double[] sb = Arrays.copyOf(b.basis.singularValues, kb);
    return new CanonicalDirections(a.means.clone(), b.means.clone(), basisA, basisB, sa, sb,
        weights(basisA, sa, svd.u()), weights(basisB, sb, svd.v()),
        la.multiply(a.basis.left.leadingColumns(ka), Transpose.NO, svd.u(), Transpose.NO),
        la.multiply(b.basis.left.leadingColumns(kb), Transpose.NO, svd.v(), Transpose.NO),
        clamped(svd.singularValues()));
  }

  /** {@code V_k diag(s_k)^-1 P}: neuron weights whose product with centred data is U_k P. */
  private Matrix weights(Matrix basis, double[] s, Matrix rotation) {
    Matrix scaled = rotation.copy();
    double[] inverse = new double[s.length];
    for (int i = 0; i < s.length; i++) {
      inverse[i] = 1.0 / s[i];
    }
    DenseOps.scaleRows(scaled, inverse);
    return la.multiply(basis, Transpose.NO, scaled, Transpose.NO);
  }

  /**
   * Computes the requested measures from centred second moments, as streaming and distributed
   * accumulators produce them: {@code saa = Xc^T Xc}, {@code sab = Xc^T Yc},
   * {@code sbb = Yc^T Yc} over {@code samples} datapoints.
   */
  public Comparison compareMoments(int samples, Matrix saa, Matrix sab, Matrix sbb,
      Collection<Measure> measures, SimilarityOptions options) {
    Set<Measure> wanted = new LinkedHashSet<>(measures);
    Checks.require(!wanted.isEmpty(), "no measure requested");
    Checks.require(samples >= 2, "at least 2 datapoints are needed, got " + samples);
    Checks.require(saa.rows() == saa.cols() && sbb.rows() == sbb.cols()
        && sab.rows() == saa.rows() && sab.cols() == sbb.rows(),
        "moment blocks do not fit: " + saa.shape() + ", " + sab.shape() + ", " + sbb.shape());
    SimilarityOptions covariance = options.toBuilder().path(ComputationPath.COVARIANCE).build();
    return finish(Pair.fromMoments(la, samples, saa, sab, sbb, covariance), wanted,
        covariance);
  }

  LinearAlgebra linearAlgebra() {
    return la;
  }

  /** The measures of a pair whose bases are already known, as resampling needs them. */
  Comparison measure(Pair pair, Set<Measure> wanted, SimilarityOptions options) {
    return finish(pair, wanted, options, false);
  }

  private Comparison finish(Pair pair, Set<Measure> wanted, SimilarityOptions options) {
    return finish(pair, wanted, options, true);
  }

  private Comparison finish(Pair pair, Set<Measure> wanted, SimilarityOptions options,
      boolean logWarnings) {
    List<String> warnings = new ArrayList<>();
    int keptA = KeepRule.kept(pair.a.singularValues, options);
    int keptB = KeepRule.kept(pair.b.singularValues, options);
    noteDimsCap(pair.a, keptA, options, warnings);
    noteDimsCap(pair.b, keptB, options, warnings);
    if (options.epsilon() > 0 && wanted.stream().anyMatch(WITHOUT_EPSILON::contains)) {
      warnings.add("epsilon applies to cca and svcca only; other measures ignore it");
    }

    for (Measure measure : wanted) {
      Checks.require(!measure.needsDatapoints() || pair.a.left != null, measure
          + " needs the datapoints themselves, not only their second moments; "
          + "use the direct path");
    }
    List<MeasureResult> results = new ArrayList<>();
    for (Measure measure : wanted) {
      results.add(compute(measure, pair, keptA, keptB, options, warnings));
    }
    if (logWarnings) {
      warnings.forEach(w -> LOG.warn(w));
    }
    return new Comparison(pair.a.samples, la.id(), options.path(),
        new RepresentationSummary(pair.a.label, pair.a.neurons, pair.a.rank, keptA),
        new RepresentationSummary(pair.b.label, pair.b.neurons, pair.b.rank, keptB),
        results, warnings);
  }

  private MeasureResult compute(Measure measure, Pair pair, int keptA, int keptB,
      SimilarityOptions options, List<String> warnings) {
    switch (measure) {
      case CCA:
        return canonical(Measure.CCA, pair, pair.a.rank, pair.b.rank, options, warnings);
      case SVCCA:
        return canonical(Measure.SVCCA, pair, keptA, keptB, options, warnings);
      case PWCCA:
        return pwcca(pair, options, warnings);
      case CKA:
        return cka(pair);
      case CKA_DEBIASED:
        return kernel(measure, pair, KernelAlignment.debiasedLinear(pair.a, pair.b,
            scaledCross(pair)));
      case CKA_RBF:
        return kernel(measure, pair,
            KernelAlignment.rbf(la, pair.a, pair.b, options.rbfBandwidth()));
      case PROCRUSTES:
        return kernel(measure, pair,
            KernelAlignment.procrustes(la, pair.a, pair.b, scaledCross(pair)));
      default:
        throw new IllegalStateException("no computation for " + measure);
    }
  }

  /** Mean canonical correlation of the first ka directions of A and kb of B. */
  private MeasureResult canonical(Measure measure, Pair pair, int ka, int kb,
      SimilarityOptions options, List<String> warnings) {
    if (options.epsilon() > 0) {
      Matrix[] moments = measure == Measure.CCA
          ? pair.neuronMoments(la)
          : pair.reducedMoments(ka, kb);
      ReferenceCca.Result reference =
          ReferenceCca.correlations(la, moments[0], moments[1], moments[2], options.epsilon());
      requireDetermined(measure, pair, reference.keptA(), reference.keptB(), options, warnings);
      double[] rho = clamped(reference.coefficients());
      return new MeasureResult(measure, meanOf(rho), rho, reference.keptA(),
          reference.keptB(), Optional.empty());
    }
    requireDetermined(measure, pair, ka, kb, options, warnings);
    double[] rho = clamped(la.svd(pair.block(ka, kb), SvdParts.VALUES_ONLY).singularValues());
    return new MeasureResult(measure, meanOf(rho), rho, ka, kb, Optional.empty());
  }

  /**
   * Projection-weighted CCA: with {@code C = P diag(rho) R^T}, the canonical variates of A
   * are {@code h_i = Ua p_i} and {@code <h_i, x_j> = (P^T diag(sa) Va^T)_ij} for the centred
   * neurons x_j, so the weights {@code w_i = sum_j |<h_i, x_j>|} need no n-sized product.
   */
  private MeasureResult pwcca(Pair pair, SimilarityOptions options, List<String> warnings) {
    requireDetermined(Measure.PWCCA, pair, pair.a.rank, pair.b.rank, options, warnings);
    boolean sideA = options.pwccaSide() == PwccaSide.A
        || (options.pwccaSide() == PwccaSide.FEWER && pair.a.rank <= pair.b.rank);
    ThinSvd svd = la.svd(pair.cross, sideA ? SvdParts.LEFT : SvdParts.RIGHT);
    double[] rho = clamped(svd.singularValues());
    SideBasis side = sideA ? pair.a : pair.b;
    Matrix directions = (sideA ? svd.u() : svd.v()).copy();

    // Rows of directions^T diag(s) V^T hold each variate's inner products with the neurons.
    DenseOps.scaleRows(directions, side.singularValues);
    Matrix projections = la.multiply(directions, Transpose.YES, side.right, Transpose.YES);
    double[] weights = new double[rho.length];
    double total = 0.0;
    for (int i = 0; i < rho.length; i++) {
      double sum = 0.0;
      for (int j = 0; j < projections.cols(); j++) {
        sum += Math.abs(projections.get(i, j));
      }
      weights[i] = sum;
      total += sum;
    }
    double weighted = 0.0;
    for (int i = 0; i < rho.length; i++) {
      weights[i] /= total;
      weighted += weights[i] * rho[i];
    }
    return new MeasureResult(Measure.PWCCA, weighted, rho, pair.a.rank, pair.b.rank,
        Optional.of(weights));
  }

  /**
   * Linear CKA {@code ||Yc^T Xc||_F^2 / (||Xc^T Xc||_F ||Yc^T Yc||_F)}, read off the bases:
   * {@code Xc^T Yc = Va diag(sa) C diag(sb) Vb^T} and {@code ||Xc^T Xc||_F^2 = sum sa^4}.
   */
  private MeasureResult cka(Pair pair) {
    Matrix scaled = scaledCross(pair);
    // Each Gram norm is the square of (sum s^4)^(1/4), so the ratio is a square.
    double root = DenseOps.frobeniusNorm(scaled) / fourthRootOfPowerSum(pair.a.singularValues)
        / fourthRootOfPowerSum(pair.b.singularValues);
    double value = root * root;
    return new MeasureResult(Measure.CKA, Math.min(1.0, value), new double[0],
        pair.a.neurons, pair.b.neurons, Optional.empty());
  }

  /** {@code diag(sa) C diag(sb) = Va^T Xc^T Yc Vb}: the cross-covariance in singular axes. */
  private static Matrix scaledCross(Pair pair) {
    Matrix scaled = pair.cross.copy();
    DenseOps.scaleRows(scaled, pair.a.singularValues);
    DenseOps.scaleColumns(scaled, pair.b.singularValues);
    return scaled;
  }

  private static MeasureResult kernel(Measure measure, Pair pair, double value) {
    return new MeasureResult(measure, value, new double[0], pair.a.neurons, pair.b.neurons,
        Optional.empty());
  }

  /** {@code (sum s^4)^(1/4) = ||X^T X||_F^(1/2)}, scaled against overflow. */
  private static double fourthRootOfPowerSum(double[] s) {
    double scale = s[0];
    double sum = 0.0;
    for (double v : s) {
      double r = v / scale;
      sum += r * r * r * r;
    }
    return scale * Math.sqrt(Math.sqrt(sum));
  }

  /**
   * Centred data spans at most n - 1 dimensions, so when {@code ka + kb > n - 1} the two
   * subspaces must share {@code ka + kb - (n - 1)} directions and that many correlations are
   * 1 whatever the data.
   */
  private static void requireDetermined(Measure measure, Pair pair, int ka, int kb,
      SimilarityOptions options, List<String> warnings) {
    int freedom = pair.a.samples - 1;
    int forced = ka + kb - freedom;
    if (forced <= 0) {
      return;
    }
    String message = measure + " on " + pair.a.samples + " datapoints with " + ka + " + " + kb
        + " directions (" + pair.a.label + " + " + pair.b.label + "): at least " + forced
        + " canonical correlations are 1 by construction, whatever the data";
    if (!options.allowUnderdetermined()) {
      throw new InvalidInputException(message + "; keep fewer directions (dims or keep) "
          + "or use more datapoints, or allow underdetermined comparisons");
    }
    warnings.add(message);
  }

  private static void noteDimsCap(SideBasis side, int kept, SimilarityOptions options,
      List<String> warnings) {
    if (options.dims().isPresent() && kept < options.dims().getAsInt()) {
      warnings.add(side.label + " has only " + side.rank + " directions with variance; "
          + "keeping " + kept + " instead of " + options.dims().getAsInt());
    }
  }

  /** Correlations above 1 or below 0 are rounding; report them in range. */
  private static double[] clamped(double[] rho) {
    double[] out = Arrays.copyOf(rho, rho.length);
    for (int i = 0; i < out.length; i++) {
      out[i] = Math.max(0.0, Math.min(1.0, out[i]));
    }
    return out;
  }

  private static double meanOf(double[] values) {
    if (values.length == 0) {
      throw new NumericalException("no canonical correlation to average");
    }
    double sum = 0.0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }
}
