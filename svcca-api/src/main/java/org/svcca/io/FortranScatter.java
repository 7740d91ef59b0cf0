package org.svcca.io;

/**
 * Places elements that arrive in Fortran order (first axis fastest) at their C-order
 * (last axis fastest) positions in an output array, block by block.
 *
 * <p>It keeps the multi-index of the next element and its C-order offset, updating both
 * incrementally like an odometer, so the cost per element is an add and a compare and no
 * second full-size copy of the array is needed.
 */
final class FortranScatter {

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

  /** Places the next {@code count} elements of the Fortran-order stream. */
  void put(double[] values, int count) {
    for (int t = 0; t < count; t++) {
      out[target] = values[t];
      advance();
    }
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
