package org.svcca.spi;

import java.util.Optional;

/**
 * Pieces of a {@link ThinSvd} that every backend builds the same way at its boundary: the
 * result for {@code k = 0}, singular values cleared of {@code -0.0}, and the factors A^T's
 * SVD must supply for a request on A.
 */
public final class SvdResults {

  private SvdResults() {}

  /**
   * The thin SVD of a {@code rows x cols} matrix with {@code min(rows, cols) = 0}: no values,
   * and U, V of shapes {@code rows x 0} and {@code cols x 0} where {@code parts} asks for them.
   */
  public static ThinSvd empty(int rows, int cols, SvdParts parts) {
    Matrix u = parts.wantsLeft() ? Matrix.zeros(rows, 0) : null;
    Matrix v = parts.wantsRight() ? Matrix.zeros(cols, 0) : null;
    return new ThinSvd(new double[0], Optional.ofNullable(u), Optional.ofNullable(v));
  }

  /**
   * {@code s} itself, each entry replaced by its absolute value. Singular values from LAPACK or
   * EJML are not below zero but may hold {@code -0.0}, which reads as below; {@code abs} turns
   * it into {@code 0.0}.
   */
  public static double[] nonNegative(double[] s) {
    for (int i = 0; i < s.length; i++) {
      s[i] = Math.abs(s[i]);
    }
    return s;
  }

  /**
   * The factors to ask of A^T's SVD for {@code parts} of A's: since
   * {@code A^T = V diag(s) U^T}, left and right change places.
   */
  public static SvdParts swapped(SvdParts parts) {
    switch (parts) {
      case LEFT:
        return SvdParts.RIGHT;
      case RIGHT:
        return SvdParts.LEFT;
      default:
        return parts;
    }
  }
}
