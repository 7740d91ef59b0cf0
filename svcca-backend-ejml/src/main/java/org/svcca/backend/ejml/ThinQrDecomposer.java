package org.svcca.backend.ejml;

import org.ejml.data.DMatrixRBlock;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.block.MatrixOps_DDRB;
import org.ejml.dense.block.decomposition.qr.QRDecompositionHouseholder_MT_DDRB;
import org.ejml.dense.row.decomposition.qr.QRDecompositionHouseholderColumn_DDRM;
import org.ejml.dense.row.decomposition.qr.QRDecompositionHouseholderColumn_MT_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;
import org.svcca.spi.Matrices;

/**
 * Thin Householder QR {@code A = Q R} of an m x n matrix with {@code m >= n}: Q is m x n with
 * orthonormal columns, R is n x n upper triangular. The m x m Q is never formed.
 *
 * <p>EJML's column-major Householder QR reports failure when a column is already zero below
 * the diagonal (a rank-deficient A). Its reflector for that column is then the identity and
 * the factors it returns are still a valid factorization, so that report is not an error here.
 *
 * <p>When Q is wanted for a large A, EJML's blocked (WY) Householder QR forms it faster, with
 * most of its work in matrix products. That variant gives up on a column that is zero below
 * the diagonal, as a dead neuron's centred column is; the column-major QR then takes over.
 */
final class ThinQrDecomposer {

  /**
   * {@code m n^2} from which the blocked QR forms Q and R faster than the column-major one.
   * Measured on two cores: 5000 x 500 in 0.82 s against 2.0 s, 20000 x 200 in 1.5 s against
   * 1.8 s; they tie at 2000 x 400 (3.2e8), and 10000 x 100 takes twice as long blocked.
   */
  static final long BLOCKED_MIN_WORK = 1L << 28;

  /**
   * {@code m n^2} from which the concurrent column-major QR beats the single-threaded one. Its
   * threads synchronize once per column, which costs more than they save below about 5e7:
   * 900 x 150 (2e7) takes 0.011 s on one thread and 0.013 s on two, 2000 x 200 (8e7) 0.057 s
   * and 0.044 s.
   */
  static final long CONCURRENT_MIN_WORK = 1L << 25;

  /** Block width of the blocked QR: 32 beat EJML's default of 60 at every size measured. */
  private static final int BLOCK_LENGTH = 32;

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
    Matrices.checkQrShape(m, n);
    if (n == 0) {
      return new Factors(wantQ ? new DMatrixRMaj(m, 0) : null, new DMatrixRMaj(0, 0));
    }

    long work = (long) m * n * n;
    if (wantQ && work >= BLOCKED_MIN_WORK) {
      Factors blocked = blocked(a);
      if (blocked != null) {
        return blocked;
      }
    }
    return columnMajor(a, wantQ, work >= CONCURRENT_MIN_WORK);
  }

  /** The column-major Householder QR, on one thread or on EJML's pool. */
  private static Factors columnMajor(DMatrixRMaj a, boolean wantQ, boolean concurrent) {
    int m = a.numRows;
    int n = a.numCols;
    QRDecomposition<DMatrixRMaj> qr = concurrent
        ? new QRDecompositionHouseholderColumn_MT_DDRM()
        : new QRDecompositionHouseholderColumn_DDRM();
    qr.decompose(qr.inputModified() ? a.copy() : a);

    DMatrixRMaj r = qr.getR(new DMatrixRMaj(n, n), true);
    DMatrixRMaj q = wantQ ? qr.getQ(new DMatrixRMaj(m, n), true) : null;
    return new Factors(q, r);
  }

  /** The blocked QR, or null where it met a zero column and gave up. */
  private static Factors blocked(DMatrixRMaj a) {
    int m = a.numRows;
    int n = a.numCols;

    // The conversion to EJML's block layout is the copy the in-place decomposition works on.
    DMatrixRBlock work = MatrixOps_DDRB.convert(a, BLOCK_LENGTH);
    QRDecompositionHouseholder_MT_DDRB qr = new QRDecompositionHouseholder_MT_DDRB();
    if (!qr.decompose(work)) {
      return null;
    }
    DMatrixRMaj q = MatrixOps_DDRB.convert(qr.getQ(null, true), new DMatrixRMaj(m, n));
    DMatrixRMaj r = MatrixOps_DDRB.convert(qr.getR(null, true), new DMatrixRMaj(n, n));
    return new Factors(q, r);
  }
}
