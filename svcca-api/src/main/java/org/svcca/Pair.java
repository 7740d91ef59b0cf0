package org.svcca;

import org.svcca.internal.DenseOps;
import org.svcca.spi.LinearAlgebra;
import org.svcca.spi.Matrix;
import org.svcca.spi.Transpose;

/**
 * Two representations reduced to what every measure needs: each side's {@link SideBasis} and
 * the cross product {@code C = Ua^T Ub} of their orthonormal bases (rank A x rank B).
 *
 * <p>The singular values of C's leading {@code ka x kb} block are the canonical correlations
 * between the first ka directions of A and the first kb of B, so CCA, SVCCA, PWCCA and CKA
 * are all read off this one matrix and the singular values.
 */
final class Pair {

  final SideBasis a;
  final SideBasis b;
  /** {@code Ua^T Ub}, rank A x rank B. */
  final Matrix cross;

  private Pair(SideBasis a, SideBasis b, Matrix cross) {
    this.a = a;
    this.b = b;
    this.cross = cross;
  }

  /** Through thin SVDs of the centred data: the basis product costs n * rankA * rankB. */
  static Pair direct(LinearAlgebra la, Matrix x, Matrix y, SimilarityOptions options) {
    return of(la, decompose(la, x, options.labelA()), decompose(la, y, options.labelB()));
  }

  /** The direct-path basis of one representation; fails if no neuron varies. */
  static SideBasis decompose(LinearAlgebra la, Matrix x, String label) {
    SideBasis side = SideBasis.direct(la, DenseOps.centred(x), label);
    requireVariation(side);
    return side;
  }

  /** Two direct-path bases of the same datapoints. */
  static Pair of(LinearAlgebra la, SideBasis a, SideBasis b) {
    return new Pair(a, b, la.multiply(a.left, Transpose.YES, b.left, Transpose.NO));
  }

  /** Through the second moments of the centred data, as streaming and Spark compute them. */
  static Pair covariance(LinearAlgebra la, Matrix x, Matrix y, SimilarityOptions options) {
    Matrix xc = DenseOps.centred(x);
    Matrix yc = DenseOps.centred(y);
    return fromMoments(la, x.rows(), la.gram(xc), la.multiply(xc, Transpose.YES, yc,
        Transpose.NO), la.gram(yc), options);
  }

  /**
   * From centred second moments {@code Saa = Xc^T Xc}, {@code Sab = Xc^T Yc},
   * {@code Sbb = Yc^T Yc} over {@code samples} datapoints. With
   * {@code Saa = Va diag(sa^2) Va^T}, the basis product is
   * {@code C = diag(sa)^-1 Va^T Sab Vb diag(sb)^-1}.
   */
  static Pair fromMoments(LinearAlgebra la, int samples, Matrix saa, Matrix sab, Matrix sbb,
      SimilarityOptions options) {
    SideBasis a = SideBasis.fromGram(la, saa, samples, options.labelA());
    SideBasis b = SideBasis.fromGram(la, sbb, samples, options.labelB());
    requireVariation(a);
    requireVariation(b);
    Matrix left = la.multiply(a.right, Transpose.YES, sab, Transpose.NO);
    Matrix cross = la.multiply(left, Transpose.NO, b.right, Transpose.NO);
    DenseOps.scaleRows(cross, reciprocals(a.singularValues));
    DenseOps.scaleColumns(cross, reciprocals(b.singularValues));
    return new Pair(a, b, cross);
  }

  /** The leading {@code ka x kb} block of the basis product. */
  Matrix block(int ka, int kb) {
    if (ka == cross.rows() && kb == cross.cols()) {
      return cross;
    }
    Matrix out = Matrix.zeros(ka, kb);
    for (int i = 0; i < ka; i++) {
      System.arraycopy(cross.data(), i * cross.cols(), out.data(), i * kb, kb);
    }
    return out;
  }

  /**
   * Second moments of the first {@code ka} and {@code kb} directions, scaled by their singular
   * values as SVCCA's reduced data {@code U_k diag(s_k)} has them: {@code diag(sa^2)},
   * {@code diag(sa) C diag(sb)} and {@code diag(sb^2)}. With all directions kept they equal
   * the moments of the centred data up to a rotation, which no correlation depends on.
   */
  Matrix[] reducedMoments(int ka, int kb) {
    Matrix saa = Matrix.zeros(ka, ka);
    for (int i = 0; i < ka; i++) {
      saa.set(i, i, a.singularValues[i] * a.singularValues[i]);
    }
    Matrix sbb = Matrix.zeros(kb, kb);
    for (int i = 0; i < kb; i++) {
      sbb.set(i, i, b.singularValues[i] * b.singularValues[i]);
    }
    Matrix sab = block(ka, kb).copy();
    DenseOps.scaleRows(sab, java.util.Arrays.copyOf(a.singularValues, ka));
    DenseOps.scaleColumns(sab, java.util.Arrays.copyOf(b.singularValues, kb));
    return new Matrix[] {saa, sab, sbb};
  }

  /**
   * Second moments of the centred data in the neurons' own coordinates, rebuilt from the
   * bases: {@code Saa = Va diag(sa^2) Va^T}, {@code Sab = Va diag(sa) C diag(sb) Vb^T},
   * {@code Sbb = Vb diag(sb^2) Vb^T}. Null directions are left out, which changes entries by
   * about {@code (eps s_max)^2}.
   */
  Matrix[] neuronMoments(LinearAlgebra la) {
    Matrix wa = a.right.copy();
    DenseOps.scaleColumns(wa, a.singularValues);
    Matrix wb = b.right.copy();
    DenseOps.scaleColumns(wb, b.singularValues);
    Matrix saa = la.gram(wa.transpose());
    Matrix sbb = la.gram(wb.transpose());
    Matrix left = la.multiply(wa, Transpose.NO, cross, Transpose.NO);
    Matrix sab = la.multiply(left, Transpose.NO, wb, Transpose.YES);
    return new Matrix[] {saa, sab, sbb};
  }

  private static void requireVariation(SideBasis side) {
    Checks.require(side.rank > 0, side.label + ": all " + side.neurons
        + " neurons are constant over the " + side.samples
        + " datapoints; there is no variation to compare");
  }

  private static double[] reciprocals(double[] values) {
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = 1.0 / values[i];
    }
    return out;
  }
}
