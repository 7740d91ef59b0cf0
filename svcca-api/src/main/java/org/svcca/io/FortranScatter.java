package org.svcca.io;

/**
 * Places elements that arrive in Fortran order (first axis fastest) at their C-order
 * (last axis fastest) positions in an output array, block by block, without a second
 * full-size copy of the array.
 *
 * <p>A 2-D block of whole columns, the common case ({@code np.save(a.T)} writes one), is
 * copied in tiles of rows so that each output cache line is filled while it is still cached;
 * a plain element-by-element scatter writes one element per line and page and is several
 * times slower. Any other block goes through an odometer: the multi-index of the next element
 * and its C-order offset, updated incrementally.
 */
final class FortranScatter {

  /** Rows per tile: 64 rows of output lines stay in L1/L2 while a block's columns pass. */
  private static final int TILE_ROWS = 64;

  private final int[] shape;
  private final int[] strides;
  private final int[] index;
  private final double[] out;
  private int target;

  FortranScatter(int[] shape, double[] out) {
    this.shape = shape.clone();
    this.out = out;
    this.index = new int[shape.length];
    this.strides = new int[shape.length];
    int stride = 1;
    for (int axis = shape.length - 1; axis >= 0; axis--) {
      strides[axis] = stride;
      stride *= shape[axis];
    }
  }

  /**
   * The block size, at most {@code limit} elements, to feed to {@link #put}: whole columns
   * of a 2-D array where one fits, so that every block takes the tiled path.
   */
  int blockElements(int limit) {
    if (shape.length == 2 && shape[0] > 0 && shape[0] <= limit) {
      return limit / shape[0] * shape[0];
    }
    return limit;
  }

  /** Places the next {@code count} elements of the Fortran-order stream. */
  void put(double[] values, int count) {
    if (shape.length == 2 && index[0] == 0 && shape[0] > 0 && count % shape[0] == 0) {
      putColumns(values, count / shape[0]);
    } else {
      for (int t = 0; t < count; t++) {
        out[target] = values[t];
        advance();
      }
    }
  }

  /** Copies whole columns of a 2-D array, starting at column {@code index[1]}. */
  private void putColumns(double[] values, int columns) {
    int rows = shape[0];
    int width = shape[1];
    int first = index[1];
    for (int r0 = 0; r0 < rows; r0 += TILE_ROWS) {
      int r1 = Math.min(rows, r0 + TILE_ROWS);
      for (int c = 0; c < columns; c++) {
        int from = c * rows;
        int to = first + c;
        for (int r = r0; r < r1; r++) {
          out[r * width + to] = values[from + r];
        }
      }
    }
    index[1] += columns;
    target = index[1];
  }

  private void advance() {
    for (int axis = 0; axis < shape.length; axis++) {
      target += strides[axis];
      if (++index[axis] < shape[axis]) {
        return;
      }
      // This axis wrapped: rewind it and carry into the next slower one.
      target -= strides[axis] * shape[axis];
      index[axis] = 0;
    }
  }
}
