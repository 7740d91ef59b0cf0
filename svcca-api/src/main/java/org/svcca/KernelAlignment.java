package org.svcca;

import java.util.Arrays;
import org.svcca.spi.LinearAlgebra;
import org.svcca.spi.Matrix;
import org.svcca.spi.Transpose;

/**
 * The kernel measures that need the datapoints themselves: debiased linear CKA and RBF CKA.
 * Both work on {@code Z = U diag(s)}, the centred data in the coordinates of its right
 * singular vectors, which has the same inner products and distances between datapoints as
 * the data and only rank columns.
 */
final class KernelAlignment {

  /**
   * Most datapoints RBF CKA accepts: the median pairwise distance needs all n (n - 1) / 2
   * distances at once, 256 MB of doubles at this size.
   */
  static final int MAX_RBF_SAMPLES = 8192;

  /** Rows of the kernel computed per block: bounds scratch memory to a block x n slab. */
  private static final int BLOCK_ROWS = 256;

  private KernelAlignment() {}

  /**
   * Linear CKA from the unbiased HSIC estimator (Song et al. 2012). For centred features,
   * with {@code r_i = |x_i|^2} and {@code N = sum r_i}, the estimator's numerator is
   * {@code h(K, L) = tr(KL) - n / (n - 2) r_x . r_y + N_x N_y / ((n - 1)(n - 2))}, and CKA is
   * {@code h(K, L) / sqrt(h(K, K) h(L, L))}. It may be slightly negative on unrelated data.
   */
  static double debiasedLinear(SideBasis a, SideBasis b, Matrix scaledCross) {
    int n = a.samples;
    Checks.require(n >= 4, "cka-debiased needs at least 4 datapoints, got " + n);
    double[] rowsA = rowSquaredNorms(a);
    double[] rowsB = rowSquaredNorms(b);
    double normA = sumOfPowers(a.singularValues, 2);
    double normB = sumOfPowers(b.singularValues, 2);
    double xty = squaredFrobenius(scaledCross);
    double xtx = sumOfPowers(a.singularValues, 4);
    double yty = sumOfPowers(b.singularValues, 4);
    double cross = unbiased(xty, rowsA, rowsB, normA, normB, n);
    double selfA = unbiased(xtx, rowsA, rowsA, normA, normA, n);
    double selfB = unbiased(yty, rowsB, rowsB, normB, normB, n);
    return cross / Math.sqrt(selfA * selfB);
  }

  /**
   * CKA with Gaussian kernels {@code k(x, y) = exp(-|x - y|^2 / (2 f^2 m))}, m the median of
   * all n^2 squared distances (diagonal included, as Kornblith et al. compute it):
   * {@code <HKH, HLH>_F / (|HKH|_F |HLH|_F)} with H the centring matrix. The kernels are
   * never stored: three passes over blocks of rows find the median, the row means, then the
   * sums.
   */
  static double rbf(LinearAlgebra la, SideBasis a, SideBasis b, double bandwidth) {
    int n = a.samples;
    Checks.require(n <= MAX_RBF_SAMPLES, "cka-rbf costs O(n^2); " + n
        + " datapoints exceed its limit of " + MAX_RBF_SAMPLES);
    Kernel k = new Kernel(la, a, bandwidth);
    Kernel l = new Kernel(la, b, bandwidth);

    // Centring H K H subtracts row and column means and adds back the grand mean.
    double[] meanK = k.rowMeans();
    double[] meanL = l.rowMeans();
    double grandK = mean(meanK);
    double grandL = mean(meanL);
    double kl = 0.0;
    double kk = 0.0;
    double ll = 0.0;
    for (int start = 0; start < n; start += BLOCK_ROWS) {
      double[][] blockK = k.rows(start);
      double[][] blockL = l.rows(start);
      for (int r = 0; r < blockK.length; r++) {
        int i = start + r;
        for (int j = 0; j < n; j++) {
          double kc = blockK[r][j] - meanK[i] - meanK[j] + grandK;
          double lc = blockL[r][j] - meanL[i] - meanL[j] + grandL;
          kl += kc * lc;
          kk += kc * kc;
          ll += lc * lc;
        }
      }
    }
    return kl / Math.sqrt(kk * ll);
  }

  /** Orthogonal Procrustes similarity from {@code Xc^T Yc} in singular coordinates. */
  static double procrustes(LinearAlgebra la, SideBasis a, SideBasis b, Matrix scaledCross) {
    double nuclear = 0.0;
    for (double s : la.svd(scaledCross, org.svcca.spi.SvdParts.VALUES_ONLY).singularValues()) {
      nuclear += s;
    }
    return nuclear / Math.sqrt(sumOfPowers(a.singularValues, 2))
        / Math.sqrt(sumOfPowers(b.singularValues, 2));
  }

  private static double unbiased(double trace, double[] rowsX, double[] rowsY, double normX,
      double normY, int n) {
    double dot = 0.0;
    for (int i = 0; i < rowsX.length; i++) {
      dot += rowsX[i] * rowsY[i];
    }
    return trace - (double) n / (n - 2) * dot + normX * normY / ((double) (n - 1) * (n - 2));
  }

  /** Squared norms of the rows of {@code U diag(s)}: each datapoint's squared length. */
  private static double[] rowSquaredNorms(SideBasis side) {
    Matrix u = side.left;
    double[] s = side.singularValues;
    double[] out = new double[u.rows()];
    for (int i = 0; i < u.rows(); i++) {
      double sum = 0.0;
      for (int j = 0; j < side.rank; j++) {
        double v = u.get(i, j) * s[j];
        sum += v * v;
      }
      out[i] = sum;
    }
    return out;
  }

  private static double sumOfPowers(double[] values, int power) {
    double sum = 0.0;
    for (double v : values) {
      sum += Math.pow(v, power);
    }
    return sum;
  }

  private static double squaredFrobenius(Matrix m) {
    double sum = 0.0;
    for (double v : m.data()) {
      sum += v * v;
    }
    return sum;
  }

  private static double mean(double[] values) {
    double sum = 0.0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  /** A Gaussian kernel over one side's datapoints, computed a block of rows at a time. */
  private static final class Kernel {
    private final LinearAlgebra la;
    private final Matrix z;
    private final double[] squaredNorms;
    private final double scale;

    Kernel(LinearAlgebra la, SideBasis side, double bandwidth) {
      this.la = la;
      this.z = side.left.copy();
      org.svcca.internal.DenseOps.scaleColumns(z, side.singularValues);
      this.squaredNorms = rowSquaredNorms(side);
      double median = medianSquaredDistance();
      Checks.require(median > 0.0, side.label
          + ": the median distance between datapoints is 0, so no RBF bandwidth fits");
      this.scale = -1.0 / (2.0 * bandwidth * bandwidth * median);
    }

    /** Squared distances of rows [start, start + block) to every row. */
    double[][] squaredDistances(int start) {
      int n = z.rows();
      int count = Math.min(BLOCK_ROWS, n - start);
      double[] rows = Arrays.copyOfRange(z.data(), start * z.cols(), (start + count) * z.cols());
      Matrix gram = la.multiply(Matrix.wrap(count, z.cols(), rows), Transpose.NO, z,
          Transpose.YES);
      double[][] out = new double[count][n];
      for (int r = 0; r < count; r++) {
        int i = start + r;
        for (int j = 0; j < n; j++) {
          double d = squaredNorms[i] + squaredNorms[j] - 2.0 * gram.get(r, j);
          out[r][j] = i == j ? 0.0 : Math.max(0.0, d);
        }
      }
      return out;
    }

    /** Kernel values of rows [start, start + block). */
    double[][] rows(int start) {
      double[][] d = squaredDistances(start);
      for (double[] row : d) {
        for (int j = 0; j < row.length; j++) {
          row[j] = Math.exp(scale * row[j]);
        }
      }
      return d;
    }

    double[] rowMeans() {
      int n = z.rows();
      double[] means = new double[n];
      for (int start = 0; start < n; start += BLOCK_ROWS) {
        double[][] block = rows(start);
        for (int r = 0; r < block.length; r++) {
          double sum = 0.0;
          for (double v : block[r]) {
            sum += v;
          }
          means[start + r] = sum / n;
        }
      }
      return means;
    }

    /**
     * The median of all n^2 squared distances, as NumPy's median of the full matrix: the
     * sorted full matrix is n zeros (the diagonal) followed by each distance above the
     * diagonal twice, so positions map onto the sorted upper triangle.
     */
    private double medianSquaredDistance() {
      int n = z.rows();
      double[] upper = new double[(int) ((long) n * (n - 1) / 2)];
      int next = 0;
      for (int start = 0; start < n; start += BLOCK_ROWS) {
        double[][] block = squaredDistances(start);
        for (int r = 0; r < block.length; r++) {
          int i = start + r;
          System.arraycopy(block[r], i + 1, upper, next, n - i - 1);
          next += n - i - 1;
        }
      }
      Arrays.sort(upper);
      long total = (long) n * n;
      double high = fullSorted(upper, n, total / 2);
      return total % 2 == 1 ? high : 0.5 * (fullSorted(upper, n, total / 2 - 1) + high);
    }

    private static double fullSorted(double[] upper, int n, long position) {
      return position < n ? 0.0 : upper[(int) ((position - n) / 2)];
    }
  }
}
