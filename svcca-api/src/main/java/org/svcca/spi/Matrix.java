package org.svcca.spi;

import java.util.Arrays;
import java.util.Objects;

/**
 * A dense real matrix stored row-major in one {@code double[]}: the neutral type passed across
 * the backend SPI.
 *
 * <p>Element {@code (i, j)} of an {@code m x n} matrix is {@code data()[i * n + j]}. The
 * array is shared, not copied: {@link #wrap} adopts the caller's array and {@link #data()}
 * returns it, so a backend can convert at its boundary with one O(m n) copy or, where its own
 * layout is also row-major, with none. Operations documented as writing into a matrix
 * (such as the {@code C} argument of GEMM) modify this array in place; every other operation
 * leaves its inputs untouched.
 *
 * <p>Zero-sized dimensions are allowed so that empty selections need no special case.
 */
public final class Matrix {

  private final int rows;
  private final int cols;
  private final double[] data;

  private Matrix(int rows, int cols, double[] data) {
    this.rows = rows;
    this.cols = cols;
    this.data = data;
  }

  /**
   * Adopts {@code data} as the row-major storage of an {@code rows x cols} matrix.
   *
   * @throws IllegalArgumentException if a dimension is negative or the array length is not
   *     {@code rows * cols}
   */
  public static Matrix wrap(int rows, int cols, double[] data) {
    Objects.requireNonNull(data, "data");
    if (rows < 0 || cols < 0) {
      throw new IllegalArgumentException("matrix shape " + rows + " x " + cols + " is negative");
    }
    if ((long) rows * cols != data.length) {
      throw new IllegalArgumentException("a " + rows + " x " + cols + " matrix needs "
          + (long) rows * cols + " values, the array holds " + data.length);
    }
    return new Matrix(rows, cols, data);
  }

  /** A new {@code rows x cols} matrix of zeros. */
  public static Matrix zeros(int rows, int cols) {
    if (rows < 0 || cols < 0) {
      throw new IllegalArgumentException("matrix shape " + rows + " x " + cols + " is negative");
    }
    return new Matrix(rows, cols, new double[Math.multiplyExact(rows, cols)]);
  }

  /** A matrix holding a copy of the given rows, which must all have the same length. */
  public static Matrix ofRows(double[]... values) {
    int m = values.length;
    int n = m == 0 ? 0 : values[0].length;
    double[] data = new double[m * n];
    for (int i = 0; i < m; i++) {
      if (values[i].length != n) {
        throw new IllegalArgumentException(
            "row " + i + " has " + values[i].length + " values, row 0 has " + n);
      }
      System.arraycopy(values[i], 0, data, i * n, n);
    }
    return new Matrix(m, n, data);
  }

  /** The n x n identity. */
  public static Matrix identity(int n) {
    Matrix eye = zeros(n, n);
    for (int i = 0; i < n; i++) {
      eye.data[i * n + i] = 1.0;
    }
    return eye;
  }

  public int rows() {
    return rows;
  }

  public int cols() {
    return cols;
  }

  /** The row-major backing array, shared with this matrix (not a copy). */
  public double[] data() {
    return data;
  }

  public double get(int i, int j) {
    return data[i * cols + j];
  }

  public void set(int i, int j, double value) {
    data[i * cols + j] = value;
  }

  /** An independent copy. */
  public Matrix copy() {
    return new Matrix(rows, cols, data.clone());
  }

  /** A new matrix that is the transpose of this one. */
  public Matrix transpose() {
    double[] t = new double[data.length];
    for (int i = 0; i < rows; i++) {
      int base = i * cols;
      for (int j = 0; j < cols; j++) {
        t[j * rows + i] = data[base + j];
      }
    }
    return new Matrix(cols, rows, t);
  }

  /** A copy of the first {@code count} columns. */
  public Matrix leadingColumns(int count) {
    if (count < 0 || count > cols) {
      throw new IllegalArgumentException(
          "cannot take " + count + " columns of a " + shape() + " matrix");
    }
    if (count == cols) {
      return copy();
    }
    double[] out = new double[rows * count];
    for (int i = 0; i < rows; i++) {
      System.arraycopy(data, i * cols, out, i * count, count);
    }
    return new Matrix(rows, count, out);
  }

  /** A copy of one column. */
  public double[] column(int j) {
    double[] out = new double[rows];
    for (int i = 0; i < rows; i++) {
      out[i] = data[i * cols + j];
    }
    return out;
  }

  /** The shape as {@code "m x n"}, for messages. */
  public String shape() {
    return rows + " x " + cols;
  }

  /** Two matrices are equal when they have the same shape and bitwise-equal elements. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Matrix)) {
      return false;
    }
    Matrix that = (Matrix) other;
    return rows == that.rows && cols == that.cols && Arrays.equals(data, that.data);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * rows + cols) + Arrays.hashCode(data);
  }

  @Override
  public String toString() {
    return "Matrix[" + shape() + "]";
  }
}
