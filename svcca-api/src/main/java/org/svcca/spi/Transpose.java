package org.svcca.spi;

/** Whether a GEMM operand enters as itself or as its transpose. */
public enum Transpose {
  /** op(A) = A. */
  NO,
  /** op(A) = A^T. */
  YES;

  /** Rows of op(A) for an {@code a}. */
  public int rowsOf(Matrix a) {
    return this == NO ? a.rows() : a.cols();
  }

  /** Columns of op(A) for an {@code a}. */
  public int colsOf(Matrix a) {
    return this == NO ? a.cols() : a.rows();
  }
}
