package org.svcca.spi;

/** Small element-wise helpers on {@link Matrix} that every backend may use at its boundary. */
public final class Matrices {

  private Matrices() {}

  /** Copies the upper triangle of a square matrix onto its lower triangle, in place. */
  public static void symmetrizeFromUpper(Matrix g) {
    int n = g.rows();
    if (g.cols() != n) {
      throw new IllegalArgumentException("cannot symmetrize a " + g.shape() + " matrix");
    }
    double[] d = g.data();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        d[j * n + i] = d[i * n + j];
      }
    }
  }

  /**
   * Checks the shapes of {@code C = alpha op(A) op(B) + beta C}.
   *
   * @throws IllegalArgumentException naming the three shapes if they do not conform
   */
  public static void checkGemmShapes(Matrix a, Transpose transA, Matrix b, Transpose transB,
      Matrix c) {
    int m = transA.rowsOf(a);
    int k = transA.colsOf(a);
    int kb = transB.rowsOf(b);
    int n = transB.colsOf(b);
    if (k != kb || c.rows() != m || c.cols() != n) {
      throw new IllegalArgumentException("GEMM shapes do not conform: op(A) is " + m + " x " + k
          + ", op(B) is " + kb + " x " + n + ", C is " + c.shape());
    }
    if (c.data() == a.data() || c.data() == b.data()) {
      throw new IllegalArgumentException("GEMM output C shares storage with an input");
    }
  }

  /**
   * Checks that a thin QR of a {@code rows x cols} matrix is defined: {@code rows >= cols}.
   *
   * @throws IllegalArgumentException naming the shapes Q and R would have if it is not
   */
  public static void checkQrShape(int rows, int cols) {
    if (rows < cols) {
      throw new IllegalArgumentException("thin QR needs at least as many rows as columns: A is "
          + rows + " x " + cols + ", so Q would be " + rows + " x " + cols + " and R " + cols
          + " x " + cols);
    }
  }

  /**
   * Checks that every entry of {@code input} is finite, before a decomposition whose iteration
   * has no defined result otherwise: one pass, cheap next to the O(m n k) work that follows.
   *
   * @param operation what is about to run, such as "SVD", for the message
   * @param input the caller's matrix, in the caller's orientation
   * @throws IllegalArgumentException naming the first entry that is NaN or infinite
   */
  public static void requireFinite(String operation, Matrix input) {
    int n = input.cols();
    double[] data = input.data();
    for (int i = 0; i < data.length; i++) {
      if (!Double.isFinite(data[i])) {
        throw new IllegalArgumentException(operation + " input holds " + data[i] + " at row "
            + i / n + ", column " + i % n + " of a " + input.shape() + " matrix");
      }
    }
  }

  /**
   * Fails on a LAPACK error code: a negative one names an argument LAPACK rejected, a positive
   * one an iteration that did not converge.
   *
   * @param info the status LAPACK returned
   * @param routine the routine that returned it, such as {@code dgesvd}
   * @param input the caller's matrix, whose shape is named
   * @throws IllegalStateException if {@code info} is not 0
   */
  public static void checkLapackInfo(int info, String routine, Matrix input) {
    if (info < 0) {
      throw new IllegalStateException(routine + " rejected its argument " + -info + " for a "
          + input.shape() + " matrix");
    }
    if (info > 0) {
      throw new IllegalStateException(routine + " did not converge for a " + input.shape()
          + " matrix (info " + info + ")");
    }
  }
}
