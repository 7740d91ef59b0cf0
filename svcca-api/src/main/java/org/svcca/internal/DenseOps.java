package org.svcca.internal;

import org.svcca.spi.Matrix;

/** Element-wise and reduction helpers on row-major matrices that need no backend. */
public final class DenseOps {

  private DenseOps() {}

  /** Column means of an n x d matrix, accumulated row by row for cache locality. */
  public static double[] columnMeans(Matrix x) {
    int n = x.rows();
    int d = x.cols();
    double[] data = x.data();
    double[] sums = new double[d];
    for (int i = 0; i < n; i++) {
      int base = i * d;
      for (int j = 0; j < d; j++) {
        sums[j] += data[base + j];
      }
    }
    for (int j = 0; j < d; j++) {
      sums[j] /= n;
    }
    return sums;
  }

  /**
   * A new matrix with each column's mean subtracted. Two passes (mean, then subtraction) keep
   * the result accurate even when the means are large against the spread.
   */
  public static Matrix centred(Matrix x) {
    int n = x.rows();
    int d = x.cols();
    double[] means = columnMeans(x);
    double[] in = x.data();
    double[] out = new double[in.length];
    for (int i = 0; i < n; i++) {
      int base = i * d;
      for (int j = 0; j < d; j++) {
        out[base + j] = in[base + j] - means[j];
      }
    }
    return Matrix.wrap(n, d, out);
  }

  /** Index of the first value that is NaN or infinite, or -1 if all are finite. */
  public static int firstNonFinite(double[] values) {
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        return i;
      }
    }
    return -1;
  }

  /** The Frobenius norm, scaled to avoid overflow on large entries. */
  public static double frobeniusNorm(Matrix x) {
    double scale = 0.0;
    for (double v : x.data()) {
      scale = Math.max(scale, Math.abs(v));
    }
    if (scale == 0.0) {
      return 0.0;
    }
    double sum = 0.0;
    for (double v : x.data()) {
      double r = v / scale;
      sum += r * r;
    }
    return scale * Math.sqrt(sum);
  }

  /** Multiplies column j by {@code factors[j]} in place. */
  public static void scaleColumns(Matrix x, double[] factors) {
    int d = x.cols();
    double[] data = x.data();
    for (int i = 0; i < x.rows(); i++) {
      int base = i * d;
      for (int j = 0; j < d; j++) {
        data[base + j] *= factors[j];
      }
    }
  }

  /** Multiplies row i by {@code factors[i]} in place. */
  public static void scaleRows(Matrix x, double[] factors) {
    int d = x.cols();
    double[] data = x.data();
    for (int i = 0; i < x.rows(); i++) {
      int base = i * d;
      for (int j = 0; j < d; j++) {
        data[base + j] *= factors[i];
      }
    }
  }

  /** The mean of the first {@code count} values, or NaN if count is 0. */
  public static double mean(double[] values, int count) {
    double sum = 0.0;
    for (int i = 0; i < count; i++) {
      sum += values[i];
    }
    return sum / count;
  }
}
