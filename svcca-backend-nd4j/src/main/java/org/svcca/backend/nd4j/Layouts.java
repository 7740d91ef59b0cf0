package org.svcca.backend.nd4j;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.svcca.spi.Matrix;

/**
 * Copies between {@link Matrix} (row-major {@code double[]} on the Java heap) and ND4J's
 * off-heap double arrays, in row-major ({@code 'c'}) order for products and column-major
 * ({@code 'f'}) order for LAPACK, and the release of those arrays.
 *
 * <p>Every array made here is a fresh, contiguous, double-precision array of its own; callers
 * release it with {@link #release} once done, rather than leave megabytes of native memory to
 * the garbage collector.
 */
final class Layouts {

  /** Side of the square tiles of the blocked transpose: 32 x 32 doubles (8 KiB) per tile. */
  private static final int TILE = 32;

  private Layouts() {}

  /** A copy of {@code a} as an m x n row-major ND4J array. */
  static INDArray rowMajor(Matrix a) {
    return create(a.data(), a.rows(), a.cols(), 'c');
  }

  /**
   * A copy of {@code a} as an m x n column-major ND4J array, as LAPACK wants it: transposed
   * into a new Java array first, in cache-sized tiles, then copied off-heap.
   */
  static INDArray columnMajor(Matrix a) {
    return create(transpose(a.data(), a.rows(), a.cols()), a.rows(), a.cols(), 'f');
  }

  /**
   * A copy of {@code A^T} (n x m) as a column-major ND4J array. A's row-major storage read
   * column by column is exactly {@code A^T}, so this needs no transposition.
   */
  static INDArray transposedColumnMajor(Matrix a) {
    return create(a.data(), a.cols(), a.rows(), 'f');
  }

  /** A new zero-filled rows x cols array in the given order. */
  static INDArray zeros(int rows, int cols, char order) {
    return Nd4j.create(DataType.DOUBLE, new long[] {rows, cols}, order);
  }

  /** The matrix {@code x} holds, as a new {@link Matrix}. */
  static Matrix toMatrix(INDArray x) {
    int rows = x.rows();
    int cols = x.columns();
    double[] data = storage(x);
    if (x.ordering() == 'f') {
      data = transpose(data, cols, rows);
    }
    return Matrix.wrap(rows, cols, data);
  }

  /**
   * {@code x^T} as a new {@link Matrix}. For a column-major x this is its storage read
   * row-major, with no transposition: how V comes out of LAPACK's {@code V^T}.
   */
  static Matrix transposeToMatrix(INDArray x) {
    int rows = x.rows();
    int cols = x.columns();
    double[] data = storage(x);
    if (x.ordering() == 'c') {
      data = transpose(data, rows, cols);
    }
    return Matrix.wrap(cols, rows, data);
  }

  /** The values of {@code x}, a vector, as a new Java array. */
  static double[] toArray(INDArray x) {
    return storage(x);
  }

  /** Copies the row-major contents of {@code x} into {@code target}, which has its size. */
  static void copyInto(INDArray x, double[] target) {
    double[] data = storage(x);
    if (x.ordering() == 'f') {
      data = transpose(data, x.columns(), x.rows());
    }
    System.arraycopy(data, 0, target, 0, target.length);
  }

  /** Frees the native memory of each array now; nulls are skipped. */
  static void release(INDArray... arrays) {
    for (INDArray array : arrays) {
      if (array != null && array.closeable()) {
        array.close();
      }
    }
  }

  /**
   * The transpose of a rows x cols row-major array, as a new cols x rows row-major array.
   * Square tiles keep both the rows read and the rows written in cache; a plain double loop
   * would miss the cache on every write once a column of the output outgrows it.
   */
  static double[] transpose(double[] data, int rows, int cols) {
    double[] t = new double[data.length];
    for (int i0 = 0; i0 < rows; i0 += TILE) {
      int i1 = Math.min(rows, i0 + TILE);
      for (int j0 = 0; j0 < cols; j0 += TILE) {
        int j1 = Math.min(cols, j0 + TILE);
        for (int i = i0; i < i1; i++) {
          int from = i * cols;
          for (int j = j0; j < j1; j++) {
            t[j * rows + i] = data[from + j];
          }
        }
      }
    }
    return t;
  }

  private static INDArray create(double[] data, int rows, int cols, char order) {
    long[] shape = {rows, cols};
    return Nd4j.create(data, shape, Nd4j.getStrides(shape, order), order, DataType.DOUBLE);
  }

  /**
   * The elements of {@code x} in x's own order, as a new Java array. A view's buffer also
   * holds elements outside the view, so a view is first copied into an array of its own.
   */
  private static double[] storage(INDArray x) {
    if (!x.isView() && x.data().length() == x.length()) {
      return x.data().asDouble();
    }
    INDArray copy = x.dup(x.ordering());
    try {
      return copy.data().asDouble();
    } finally {
      release(copy);
    }
  }
}
