package org.svcca.conformance;

import java.util.SplittableRandom;
import org.svcca.spi.Matrix;
import org.svcca.spi.Transpose;

/**
 * Matrices with fixed seeds and plain-loop reference arithmetic for the contract tests. Nothing
 * here calls a backend, so a backend is always checked against code it does not share.
 */
public final class TestMatrices {

  /** Machine epsilon of double precision, {@code 2^-52}. */
  public static final double EPS = Math.ulp(1.0);

  private TestMatrices() {}

  /** A rows x cols matrix of independent standard normal values, the same for the same seed. */
  public static Matrix gaussian(int rows, int cols, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Matrix a = Matrix.zeros(rows, cols);
    double[] d = a.data();
    for (int i = 0; i < d.length; i += 2) {
      // Box-Muller: two independent normals from two uniforms.
      double radius = Math.sqrt(-2.0 * Math.log(1.0 - random.nextDouble()));
      double angle = 2.0 * Math.PI * random.nextDouble();
      d[i] = radius * Math.cos(angle);
      if (i + 1 < d.length) {
        d[i + 1] = radius * Math.sin(angle);
      }
    }
    return a;
  }

  /**
   * A rows x cols matrix ({@code rows >= cols}) with orthonormal columns, from a Gaussian
   * matrix by modified Gram-Schmidt run twice, which restores orthogonality to rounding level.
   */
  public static Matrix orthonormalColumns(int rows, int cols, long seed) {
    if (rows < cols) {
      throw new IllegalArgumentException(
          "cannot have " + cols + " orthonormal columns of length " + rows);
    }
    Matrix q = gaussian(rows, cols, seed);
    for (int pass = 0; pass < 2; pass++) {
      for (int j = 0; j < cols; j++) {
        for (int p = 0; p < j; p++) {
          double dot = columnDot(q, p, q, j);
          for (int i = 0; i < rows; i++) {
            q.set(i, j, q.get(i, j) - dot * q.get(i, p));
          }
        }
        double norm = Math.sqrt(columnDot(q, j, q, j));
        for (int i = 0; i < rows; i++) {
          q.set(i, j, q.get(i, j) / norm);
        }
      }
    }
    return q;
  }

  /**
   * {@code Q1 diag(s) Q2^T}, rows x cols, with {@code s.length == min(rows, cols)} and random
   * orthonormal Q1 (rows x k) and Q2 (cols x k): a matrix whose singular values are s.
   */
  public static Matrix withSingularValues(int rows, int cols, double[] s, long seed) {
    int k = Math.min(rows, cols);
    if (s.length != k) {
      throw new IllegalArgumentException(
          "a " + rows + " x " + cols + " matrix has " + k + " singular values, not " + s.length);
    }
    Matrix left = orthonormalColumns(rows, k, seed);
    Matrix right = orthonormalColumns(cols, k, seed + 1);
    Matrix scaled = left.copy();
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < k; j++) {
        scaled.set(i, j, scaled.get(i, j) * s[j]);
      }
    }
    return product(scaled, Transpose.NO, right, Transpose.YES);
  }

  /** {@code op(A) op(B)} by the textbook triple loop. */
  public static Matrix product(Matrix a, Transpose transA, Matrix b, Transpose transB) {
    int m = transA.rowsOf(a);
    int k = transA.colsOf(a);
    int n = transB.colsOf(b);
    if (transB.rowsOf(b) != k) {
      throw new IllegalArgumentException("op(A) is " + m + " x " + k + ", op(B) is "
          + transB.rowsOf(b) + " x " + n);
    }
    Matrix c = Matrix.zeros(m, n);
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        double sum = 0.0;
        for (int p = 0; p < k; p++) {
          sum += entry(a, transA, i, p) * entry(b, transB, p, j);
        }
        c.set(i, j, sum);
      }
    }
    return c;
  }

  /** Element (i, j) of op(A). */
  public static double entry(Matrix a, Transpose trans, int i, int j) {
    return trans == Transpose.NO ? a.get(i, j) : a.get(j, i);
  }

  /** {@code U diag(s) V^T} for U (m x k) and V (n x k). */
  public static Matrix compose(Matrix u, double[] s, Matrix v) {
    Matrix scaled = u.copy();
    for (int i = 0; i < u.rows(); i++) {
      for (int j = 0; j < u.cols(); j++) {
        scaled.set(i, j, scaled.get(i, j) * s[j]);
      }
    }
    return product(scaled, Transpose.NO, v, Transpose.YES);
  }

  /** The Frobenius norm {@code sqrt(sum a_ij^2)}, scaled so that it cannot overflow. */
  public static double frobenius(Matrix a) {
    double scale = 0.0;
    for (double x : a.data()) {
      scale = Math.max(scale, Math.abs(x));
    }
    if (scale == 0.0 || !Double.isFinite(scale)) {
      return scale;
    }
    double sum = 0.0;
    for (double x : a.data()) {
      double y = x / scale;
      sum += y * y;
    }
    return scale * Math.sqrt(sum);
  }

  /** {@code ||A - B||_F} for two matrices of the same shape. */
  public static double distance(Matrix a, Matrix b) {
    requireSameShape(a, b);
    Matrix difference = a.copy();
    double[] d = difference.data();
    double[] other = b.data();
    for (int i = 0; i < d.length; i++) {
      d[i] -= other[i];
    }
    return frobenius(difference);
  }

  /**
   * {@code ||A - U diag(s) V^T||_F / ||A||_F}, or the absolute error when A is zero (where a
   * relative error has no meaning).
   */
  public static double reconstructionError(Matrix a, Matrix u, double[] s, Matrix v) {
    double error = distance(a, compose(u, s, v));
    double norm = frobenius(a);
    return norm == 0.0 ? error : error / norm;
  }

  /** {@code ||Q^T Q - I||_F}: how far the columns of Q are from orthonormal. */
  public static double orthonormalityError(Matrix q) {
    Matrix gram = product(q, Transpose.YES, q, Transpose.NO);
    return distance(gram, Matrix.identity(q.cols()));
  }

  /** A copy of A in which column {@code to} repeats column {@code from}. */
  public static Matrix withColumnCopied(Matrix a, int from, int to) {
    Matrix b = a.copy();
    for (int i = 0; i < a.rows(); i++) {
      b.set(i, to, a.get(i, from));
    }
    return b;
  }

  /** A copy of A with column {@code col} set to zero. */
  public static Matrix withZeroColumn(Matrix a, int col) {
    Matrix b = a.copy();
    for (int i = 0; i < a.rows(); i++) {
      b.set(i, col, 0.0);
    }
    return b;
  }

  /** A copy of A multiplied by {@code factor}. */
  public static Matrix scaled(Matrix a, double factor) {
    Matrix b = a.copy();
    double[] d = b.data();
    for (int i = 0; i < d.length; i++) {
      d[i] *= factor;
    }
    return b;
  }

  /** Whether every element is finite (neither NaN nor infinite). */
  public static boolean allFinite(Matrix a) {
    for (double x : a.data()) {
      if (!Double.isFinite(x)) {
        return false;
      }
    }
    return true;
  }

  /** Whether every value is finite. */
  public static boolean allFinite(double[] values) {
    for (double x : values) {
      if (!Double.isFinite(x)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A tolerance of {@code factor * max(m, n) * eps}, the scale the SPI promises for backward
   * stable results on an m x n input; dimensions below 1 count as 1.
   */
  public static double scaledTolerance(double factor, int m, int n) {
    return factor * Math.max(1, Math.max(m, n)) * EPS;
  }

  private static double columnDot(Matrix a, int i, Matrix b, int j) {
    double sum = 0.0;
    for (int r = 0; r < a.rows(); r++) {
      sum += a.get(r, i) * b.get(r, j);
    }
    return sum;
  }

  private static void requireSameShape(Matrix a, Matrix b) {
    if (a.rows() != b.rows() || a.cols() != b.cols()) {
      throw new IllegalArgumentException("shapes differ: " + a.shape() + " and " + b.shape());
    }
  }
}
