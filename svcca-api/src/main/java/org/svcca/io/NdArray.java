package org.svcca.io;

import java.util.Arrays;
import java.util.Objects;

/**
 * An n-dimensional array of doubles as read from a file: a shape and the elements in
 * row-major (C) order, whatever order the file used.
 *
 * <p>For shape {@code (d0, d1, ..., dk)} the element at index {@code (i0, i1, ..., ik)} is
 * {@code data()[((i0 * d1 + i1) * d2 + i2) ... * dk + ik]}, so the last axis varies fastest.
 * A 0-dimensional array (a NumPy scalar) has shape {@code ()} and one element. The data array
 * is shared, not copied.
 */
public final class NdArray {

  private final int[] shape;
  private final double[] data;

  /**
   * Adopts {@code data} as the row-major elements of an array of the given shape.
   *
   * @throws IllegalArgumentException if a dimension is negative or the array length is not
   *     the product of the dimensions
   */
  public NdArray(int[] shape, double[] data) {
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(data, "data");
    long count = 1;
    for (int d : shape) {
      if (d < 0) {
        throw new IllegalArgumentException("array shape " + Arrays.toString(shape)
            + " has a negative dimension");
      }
      count *= d;
    }
    if (count != data.length) {
      throw new IllegalArgumentException("shape " + describe(shape) + " needs " + count
          + " values, the array holds " + data.length);
    }
    this.shape = shape.clone();
    this.data = data;
  }

  /** The number of dimensions: 0 for a scalar, 1 for a vector, 2 for a matrix. */
  public int rank() {
    return shape.length;
  }

  /** A copy of the shape. */
  public int[] shape() {
    return shape.clone();
  }

  /** The length of one axis, 0-based. */
  public int dim(int axis) {
    return shape[axis];
  }

  /** The number of elements, the product of the dimensions. */
  public int size() {
    return data.length;
  }

  /** The row-major elements, shared with this array (not a copy). */
  public double[] data() {
    return data;
  }

  /** The shape for messages: {@code "100 x 8 x 8 x 16"}, {@code "600"}, or {@code "scalar"}. */
  public String shapeText() {
    return describe(shape);
  }

  static String describe(int[] shape) {
    if (shape.length == 0) {
      return "scalar";
    }
    StringBuilder text = new StringBuilder();
    for (int axis = 0; axis < shape.length; axis++) {
      text.append(axis == 0 ? "" : " x ").append(shape[axis]);
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return "NdArray[" + shapeText() + "]";
  }
}
