package org.svcca;

import org.svcca.spi.Matrix;
import org.svcca.spi.SvdParts;
import org.svcca.spi.ThinSvd;
import org.svcca.spi.LinearAlgebra;

/**
 * One representation's centred column space, found once and shared by every measure:
 * singular values, numerical rank, right singular vectors and, on the direct path, an
 * orthonormal basis of the datapoint space.
 *
 * <p>For centred data {@code Xc = U diag(s) V^T}, only the first {@code rank} directions are
 * kept; the rest carry no signal (dead or duplicated neurons) and would otherwise turn into
 * spurious correlations.
 */
final class SideBasis {

  /** Unit roundoff of double precision. */
  private static final double EPS = Math.ulp(1.0);

  final String label;
  final int samples;
  final int neurons;
  /** Singular values of the centred data, descending, {@code rank} of them. */
  final double[] singularValues;
  final int rank;
  /** V: neurons x rank, orthonormal columns. */
  final Matrix right;
  /** U: samples x rank, orthonormal columns; null on the covariance path. */
  final Matrix left;

  private SideBasis(String label, int samples, int neurons, double[] singularValues,
      Matrix right, Matrix left) {
    this.label = label;
    this.samples = samples;
    this.neurons = neurons;
    this.singularValues = singularValues;
    this.rank = singularValues.length;
    this.right = right;
    this.left = left;
  }

  /**
   * From a thin SVD of the centred data. A singular value counts when it exceeds
   * {@code max(n, d) * eps * s_max}, the size of rounding noise in a backward-stable SVD.
   */
  static SideBasis direct(LinearAlgebra la, Matrix centred, String label) {
    ThinSvd svd = la.svd(centred, SvdParts.BOTH);
    double[] s = svd.singularValues();
    double tolerance = Math.max(centred.rows(), centred.cols()) * EPS * first(s);
    int rank = countAbove(s, tolerance);
    return new SideBasis(label, centred.rows(), centred.cols(), java.util.Arrays.copyOf(s, rank),
        svd.v().leadingColumns(rank), svd.u().leadingColumns(rank));
  }

  /**
   * From the Gram matrix {@code G = Xc^T Xc} of the centred data, whose eigenvalues are the
   * squared singular values. Eigenvalues carry absolute errors near {@code eps * lambda_max},
   * so a direction counts when its eigenvalue exceeds {@code max(n, d) * eps * lambda_max}.
   */
  static SideBasis fromGram(LinearAlgebra la, Matrix gram, int samples, String label) {
    // For a symmetric positive semi-definite matrix the SVD is the eigendecomposition.
    ThinSvd svd = la.svd(gram, SvdParts.RIGHT);
    double[] lambda = svd.singularValues();
    double tolerance = Math.max(samples, gram.rows()) * EPS * first(lambda);
    int rank = countAbove(lambda, tolerance);
    double[] s = new double[rank];
    for (int i = 0; i < rank; i++) {
      s[i] = Math.sqrt(lambda[i]);
    }
    return new SideBasis(label, samples, gram.rows(), s, svd.v().leadingColumns(rank), null);
  }

  /**
   * The same representation with its datapoints reordered: row i of the result is datapoint
   * {@code order[i]}. Only U's rows move; the singular values and V do not change, so no
   * decomposition is repeated.
   */
  SideBasis withRowsPermuted(int[] order) {
    Matrix permuted = Matrix.zeros(left.rows(), left.cols());
    int width = left.cols();
    for (int i = 0; i < order.length; i++) {
      System.arraycopy(left.data(), order[i] * width, permuted.data(), i * width, width);
    }
    return new SideBasis(label, samples, neurons, singularValues, right, permuted);
  }

  /**
   * The representation of the datapoints {@code rows} (repeats allowed, as a bootstrap draws
   * them), centred and decomposed again. The work is done in the rank-dimensional coordinates
   * {@code Z = U diag(s)}, which hold the same data rotated by V; the new right vectors are
   * rotated back to neuron coordinates.
   */
  SideBasis resampled(LinearAlgebra la, int[] rows) {
    int width = rank;
    double[] z = new double[rows.length * width];
    for (int i = 0; i < rows.length; i++) {
      for (int j = 0; j < width; j++) {
        z[i * width + j] = left.get(rows[i], j) * singularValues[j];
      }
    }
    Matrix centred = org.svcca.internal.DenseOps.centred(Matrix.wrap(rows.length, width, z));
    ThinSvd svd = la.svd(centred, SvdParts.BOTH);
    double[] s = svd.singularValues();
    double tolerance = Math.max(rows.length, neurons) * EPS * first(s);
    int kept = countAbove(s, tolerance);
    Matrix rotation = svd.v().leadingColumns(kept);
    Matrix neuronSpace = la.multiply(right, org.svcca.spi.Transpose.NO, rotation,
        org.svcca.spi.Transpose.NO);
    return new SideBasis(label, rows.length, neurons, java.util.Arrays.copyOf(s, kept),
        neuronSpace, svd.u().leadingColumns(kept));
  }

  /** Sum of squared singular values: the total variance times (n - 1). */
  double totalVariance() {
    double sum = 0.0;
    for (double v : singularValues) {
      sum += v * v;
    }
    return sum;
  }

  private static double first(double[] values) {
    return values.length == 0 ? 0.0 : values[0];
  }

  private static int countAbove(double[] values, double tolerance) {
    int count = 0;
    while (count < values.length && values[count] > tolerance) {
      count++;
    }
    return count;
  }
}
