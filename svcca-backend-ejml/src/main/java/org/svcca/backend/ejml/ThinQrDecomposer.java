package org.svcca.backend.ejml;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.decomposition.qr.QRDecompositionHouseholderColumn_DDRM;
import org.ejml.dense.row.decomposition.qr.QRDecompositionHouseholderColumn_MT_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;

/**
 * Thin Householder QR {@code A = Q R} of an m x n matrix with {@code m >= n}: Q is m x n with
 * orthonormal columns, R is n x n upper triangular. The m x m Q is never formed.
 *
 * <p>EJML's column-major Householder QR reports failure when a column is already zero below
 * the diagonal (a rank-deficient A). Its reflector for that column is then the identity and
 * the factors it returns are still a valid factorization, so that report is not an error here.
 */
final class ThinQrDecomposer {

  private ThinQrDecomposer() {}

  /** Q and R; Q is null when it was not asked for. */
  record Factors(DMatrixRMaj q, DMatrixRMaj r) {}

  /**
   * Factors {@code a}, which is left untouched.
   *
   * @param wantQ whether to form Q, which costs about as much again as the factorization
   * @throws IllegalArgumentException if a has fewer rows than columns
   */
  static Factors decompose(DMatrixRMaj a, boolean wantQ) {
    int m = a.numRows;
    int n = a.numCols;
    if (m < n) {
      throw new IllegalArgumentException("thin QR needs at least as many rows as columns: A is "
          + m + " x " + n + ", so Q would be " + m + " x " + n + " and R " + n + " x " + n);
    }
    if (n == 0) {
      return new Factors(wantQ ? new DMatrixRMaj(m, 0) : null, new DMatrixRMaj(0, 0));
    }

    // The concurrent variant parallelizes the reflector updates; it loses on small inputs.
    boolean concurrent = (long) m * n * n >= Products.CONCURRENT_MIN_WORK;
    QRDecomposition<DMatrixRMaj> qr = concurrent
        ? new QRDecompositionHouseholderColumn_MT_DDRM()
        : new QRDecompositionHouseholderColumn_DDRM();
    qr.decompose(qr.inputModified() ? a.copy() : a);

    DMatrixRMaj r = qr.getR(new DMatrixRMaj(n, n), true);
    DMatrixRMaj q = wantQ ? qr.getQ(new DMatrixRMaj(m, n), true) : null;
    return new Factors(q, r);
  }
}
