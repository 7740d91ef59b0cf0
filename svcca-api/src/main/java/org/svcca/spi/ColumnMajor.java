package org.svcca.spi;

import java.util.Optional;

/**
 * Between the row-major {@link Matrix} and the column-major arrays of BLAS and LAPACK. The
 * row-major array of an m x n matrix is, read column-major, its n x m transpose with leading
 * dimension n; most conversions are that reading, and the rest are one transposed copy.
 *
 * <p>For backends that call BLAS and LAPACK on plain arrays; shared so that each need not
 * carry its own copy of these index conventions.
 */
public final class ColumnMajor {

  private ColumnMajor() {}

  /** The BLAS flag that applies {@code trans} to a matrix given by its own column-major array. */
  public static char flag(Transpose trans) {
    return trans == Transpose.NO ? 'N' : 'T';
  }

  /**
   * The leading dimension of {@code a}'s array read column-major: its row length, at least 1 as
   * BLAS requires even of empty matrices.
   */
  public static int leading(Matrix a) {
    return Math.max(1, a.cols());
  }

  /** The rows x cols matrix held column-major in {@code x} (leading dimension rows), copied. */
  public static Matrix toRowMajor(double[] x, int rows, int cols) {
    return Matrix.wrap(cols, rows, x).transpose();
  }

  /**
   * The n x n upper triangle of the column-major {@code x} (leading dimension {@code rows}),
   * row-major, zero below the diagonal: the R that LAPACK's QR leaves there.
   */
  public static Matrix upperTriangle(double[] x, int rows, int n) {
    Matrix r = Matrix.zeros(n, n);
    for (int j = 0; j < n; j++) {
      for (int i = 0; i <= j; i++) {
        r.set(i, j, x[j * rows + i]);
      }
    }
    return r;
  }

  /**
   * The taller of A and A^T, p x q ({@code p >= q}), column-major in a fresh array that LAPACK
   * may overwrite, with the SVD factors of that matrix that A's request needs.
   *
   * <p>A wide A's row-major array, read column-major, already is the tall A^T, so only a copy
   * is made; a tall A is transposed. {@code A^T = V diag(s) U^T} swaps the factors back.
   *
   * @param data the tall matrix, column-major, leading dimension {@code rows}
   * @param rows p, the taller side
   * @param cols q, the shorter side
   * @param transposed whether the tall matrix is A^T
   * @param wantsLeft whether the tall matrix's left factor is needed
   * @param wantsRight whether the tall matrix's right factor is needed
   */
  public record Tall(double[] data, int rows, int cols, boolean transposed, boolean wantsLeft,
      boolean wantsRight) {

    /** The tall form of {@code a}, with the factors that {@code parts} asks of A. */
    public static Tall of(Matrix a, SvdParts parts) {
      if (a.rows() < a.cols()) {
        return new Tall(a.data().clone(), a.cols(), a.rows(), true, parts.wantsRight(),
            parts.wantsLeft());
      }
      return new Tall(a.transpose().data(), a.rows(), a.cols(), false, parts.wantsLeft(),
          parts.wantsRight());
    }

    /** A's SVD from the tall matrix's singular values and factors. */
    public ThinSvd result(double[] s, Optional<Matrix> left, Optional<Matrix> right) {
      return transposed ? new ThinSvd(s, right, left) : new ThinSvd(s, left, right);
    }
  }
}
