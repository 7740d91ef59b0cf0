package org.svcca.spi;

/**
 * The dense linear algebra a backend supplies: GEMM, thin QR and thin SVD on {@link Matrix}
 * values in double precision.
 *
 * <p>Precision: results are expected to be backward stable, that is exact for an input
 * perturbed by a few units in the last place relative to its norm. Callers compare results
 * with tolerances scaled by {@code max(m, n) * 2^-52 * ||A||}, never bitwise.
 *
 * <p>Threading: an instance may be used from several threads at once; it may itself use
 * several threads inside one call.
 */
public interface LinearAlgebra {

  /** The stable id of the backend that made this instance, such as {@code ejml}. */
  String id();

  /**
   * General matrix product {@code C = alpha * op(A) * op(B) + beta * C}.
   *
   * <p>Shapes: op(A) is m x k, op(B) is k x n and C is m x n, where op is given by
   * {@code transA} and {@code transB}. C is written in place; A and B are not modified and
   * must not share storage with C. When {@code beta} is 0 the old contents of C are ignored,
   * so NaN there does not propagate; when {@code alpha} is 0 (or k is 0) A and B are not read
   * and C is only scaled by beta, as in BLAS.
   *
   * @throws IllegalArgumentException if the shapes do not conform
   */
  void gemm(double alpha, Matrix a, Transpose transA, Matrix b, Transpose transB, double beta,
      Matrix c);

  /**
   * The product {@code op(A) * op(B)} as a new matrix; A and B are not modified.
   *
   * @throws IllegalArgumentException if the shapes do not conform
   */
  default Matrix multiply(Matrix a, Transpose transA, Matrix b, Transpose transB) {
    Matrix c = Matrix.zeros(transA.rowsOf(a), transB.colsOf(b));
    gemm(1.0, a, transA, b, transB, 0.0, c);
    return c;
  }

  /**
   * The Gram matrix {@code A^T A} (n x n for an m x n A) as a new, exactly symmetric matrix;
   * A is not modified. Backends may override this with a symmetric rank-k update, which does
   * half the work of the general product.
   */
  default Matrix gram(Matrix a) {
    Matrix g = multiply(a, Transpose.YES, a, Transpose.NO);
    Matrices.symmetrizeFromUpper(g);
    return g;
  }

  /**
   * Thin QR decomposition {@code A = Q R} of an m x n matrix with {@code m >= n}.
   *
   * <p>Q is m x n with orthonormal columns, R is n x n upper triangular; the signs of the
   * diagonal of R (and of the matching columns of Q) are not specified. A is not modified.
   * No pivoting: a rank-deficient A still gives a valid factorization with small diagonal
   * entries in R. The full m x m Q is never formed.
   *
   * @throws IllegalArgumentException if {@code m < n}
   */
  ThinQr qr(Matrix a);

  /**
   * Thin singular value decomposition {@code A = U diag(s) V^T} of an m x n matrix, with
   * {@code k = min(m, n)}.
   *
   * <p>s holds k values, descending and non-negative. U (m x k) and V (n x k) have
   * orthonormal columns and are returned only when {@code parts} asks for them. Singular
   * vectors are defined up to sign only (and, for repeated singular values, up to a rotation
   * within their subspace); callers must not depend on a backend's choice. A is not
   * modified. The full m x m U is never formed. For {@code k = 0} the result has no values
   * and U, V of shapes m x 0 and n x 0.
   *
   * @throws IllegalArgumentException if A holds NaN or an infinity (a backend may instead
   *     return NaN values; callers check their inputs first)
   * @throws IllegalStateException if the iteration fails to converge
   */
  ThinSvd svd(Matrix a, SvdParts parts);
}
