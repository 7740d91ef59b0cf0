package org.svcca.backend.ejml;

import java.util.Arrays;
import org.ejml.concurrency.EjmlConcurrency;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.CommonOps_MT_DDRM;
import org.ejml.dense.row.mult.MatrixMultProduct_DDRM;

/**
 * Dense products on EJML row-major matrices: {@code C = alpha op(A) op(B) + beta C} and the
 * Gram matrix {@code A^T A}, each dispatched to EJML's single-threaded or concurrent kernels
 * by the amount of work.
 */
final class Products {

  /**
   * Multiply-adds ({@code m * n * k}) from which EJML's concurrent GEMM beats the
   * single-threaded one: on two cores they cross near 80^3 for square and for tall-skinny
   * shapes; below that the thread hand-off costs more than it saves.
   */
  static final long CONCURRENT_MIN_WORK = 1L << 19;

  /**
   * Multiply-adds from which transposing B first pays. EJML's {@code A B^T} and
   * {@code A^T B^T} kernels are dot-product loops running at about half the speed of the
   * {@code A B} and {@code A^T B} ones from 32^3 upward; the O(k n) transpose is then noise.
   */
  static final long TRANSPOSE_B_MIN_WORK = 1L << 15;

  /**
   * Doubles in one row block of the blocked Gram product: 32 Ki doubles (256 KiB) keep the
   * block in a per-core L2 cache while every column pair is swept over it.
   */
  private static final int GRAM_BLOCK_DOUBLES = 1 << 15;

  /** Row-block bounds: fewer rows make the per-block overhead show, more spill the cache. */
  private static final int GRAM_MIN_BLOCK_ROWS = 32;

  private static final int GRAM_MAX_BLOCK_ROWS = 512;

  /**
   * Doubles the per-thread partial Gram matrices (two n x n buffers each) may hold together:
   * 256 MiB. Past it the Gram product falls back to EJML's concurrent unblocked kernel.
   */
  private static final long GRAM_PARTIALS_MAX_DOUBLES = 1L << 25;

  private Products() {}

  /**
   * {@code C = alpha op(A) op(B) + beta C} on shapes already checked. C is written in place;
   * when {@code beta == 0} its old contents are never read.
   */
  static void gemm(double alpha, DMatrixRMaj a, boolean transA, DMatrixRMaj b, boolean transB,
      double beta, DMatrixRMaj c) {
    int m = c.numRows;
    int n = c.numCols;
    int k = transA ? a.numRows : a.numCols;
    if (m == 0 || n == 0) {
      return;
    }

    // Nothing to multiply: C is only rescaled, and A and B are not read (as in BLAS).
    if (alpha == 0.0 || k == 0) {
      scale(beta, c);
      return;
    }

    // Route the slow B^T kernels through an explicit transpose of B.
    long work = (long) m * n * k;
    DMatrixRMaj right = b;
    boolean transRight = transB;
    if (transB && work >= TRANSPOSE_B_MIN_WORK) {
      right = CommonOps_DDRM.transpose(b, null);
      transRight = false;
    }

    // EJML's mult* overwrite C without reading it; multAdd* add to it.
    boolean concurrent = work >= CONCURRENT_MIN_WORK;
    if (beta == 0.0) {
      overwrite(alpha, a, transA, right, transRight, c, concurrent);
    } else {
      if (beta != 1.0) {
        CommonOps_DDRM.scale(beta, c);
      }
      accumulate(alpha, a, transA, right, transRight, c, concurrent);
    }
  }

  /** {@code C = beta C}, where {@code beta == 0} clears C even of NaN. */
  private static void scale(double beta, DMatrixRMaj c) {
    if (beta == 0.0) {
      Arrays.fill(c.data, 0, c.numRows * c.numCols, 0.0);
    } else if (beta != 1.0) {
      CommonOps_DDRM.scale(beta, c);
    }
  }

  private static void overwrite(double alpha, DMatrixRMaj a, boolean transA, DMatrixRMaj b,
      boolean transB, DMatrixRMaj c, boolean concurrent) {
    if (concurrent) {
      if (!transA && !transB) {
        CommonOps_MT_DDRM.mult(alpha, a, b, c);
      } else if (transA && !transB) {
        CommonOps_MT_DDRM.multTransA(alpha, a, b, c);
      } else if (!transA) {
        CommonOps_MT_DDRM.multTransB(alpha, a, b, c);
      } else {
        CommonOps_MT_DDRM.multTransAB(alpha, a, b, c);
      }
    } else if (!transA && !transB) {
      CommonOps_DDRM.mult(alpha, a, b, c);
    } else if (transA && !transB) {
      CommonOps_DDRM.multTransA(alpha, a, b, c);
    } else if (!transA) {
      CommonOps_DDRM.multTransB(alpha, a, b, c);
    } else {
      CommonOps_DDRM.multTransAB(alpha, a, b, c);
    }
  }

  private static void accumulate(double alpha, DMatrixRMaj a, boolean transA, DMatrixRMaj b,
      boolean transB, DMatrixRMaj c, boolean concurrent) {
    if (concurrent) {
      if (!transA && !transB) {
        CommonOps_MT_DDRM.multAdd(alpha, a, b, c);
      } else if (transA && !transB) {
        CommonOps_MT_DDRM.multAddTransA(alpha, a, b, c);
      } else if (!transA) {
        CommonOps_MT_DDRM.multAddTransB(alpha, a, b, c);
      } else {
        CommonOps_MT_DDRM.multAddTransAB(alpha, a, b, c);
      }
    } else if (!transA && !transB) {
      CommonOps_DDRM.multAdd(alpha, a, b, c);
    } else if (transA && !transB) {
      CommonOps_DDRM.multAddTransA(alpha, a, b, c);
    } else if (!transA) {
      CommonOps_DDRM.multAddTransB(alpha, a, b, c);
    } else {
      CommonOps_DDRM.multAddTransAB(alpha, a, b, c);
    }
  }

  /**
   * The Gram matrix {@code A^T A} (n x n), exactly symmetric: every kernel used computes the
   * upper triangle and mirrors it.
   *
   * <p>Large products split A into row blocks that stay in cache, sum each block's
   * {@code A_b^T A_b} with EJML's upper-triangle kernel, one partial sum per thread, and add
   * the partial sums in thread order, so the result is the same on every run with the same
   * thread count. EJML's own kernels sweep all of A once per column, which leaves them bound
   * by memory bandwidth once A outgrows the cache.
   */
  static DMatrixRMaj gram(DMatrixRMaj a) {
    int m = a.numRows;
    int n = a.numCols;
    DMatrixRMaj g = new DMatrixRMaj(n, n);
    if (m == 0 || n == 0) {
      return g;
    }
    if ((long) m * n * n < CONCURRENT_MIN_WORK) {
      CommonOps_DDRM.multInner(a, g);
      return g;
    }

    // Split the row blocks over as many threads as the partial sums' memory allows.
    int blockRows = Math.max(GRAM_MIN_BLOCK_ROWS,
        Math.min(GRAM_MAX_BLOCK_ROWS, GRAM_BLOCK_DOUBLES / n));
    int blocks = ceilDiv(m, blockRows);
    long partialsAllowed = GRAM_PARTIALS_MAX_DOUBLES / (2L * n * n);
    int chunks = (int) Math.min(Math.min(EjmlConcurrency.getMaxThreads(), blocks),
        partialsAllowed);
    if (chunks < 1 || (chunks == 1 && EjmlConcurrency.getMaxThreads() > 1)) {
      CommonOps_MT_DDRM.multInner(a, g);
      return g;
    }

    // Each chunk owns a contiguous run of row blocks and its own partial sum.
    int rowsPerChunk = ceilDiv(blocks, chunks) * blockRows;
    double[][] partials = new double[chunks][];
    EjmlConcurrency.loopFor(0, chunks, chunk -> {
      int first = chunk * rowsPerChunk;
      int last = Math.min(m, first + rowsPerChunk);
      partials[chunk] = upperGramOfRows(a, first, last, blockRows);
    });

    // Add the partial sums in a fixed order, then mirror the upper triangle.
    double[] sum = g.data;
    for (double[] partial : partials) {
      for (int i = 0; i < sum.length; i++) {
        sum[i] += partial[i];
      }
    }
    mirrorUpper(g);
    return g;
  }

  /**
   * The upper triangle of {@code A[first:last]^T A[first:last]}, summed block by block; the
   * strict lower triangle of the result is zero.
   */
  private static double[] upperGramOfRows(DMatrixRMaj a, int first, int last, int blockRows) {
    int n = a.numCols;
    double[] sum = new double[n * n];
    if (first >= last) {
      return sum;
    }
    DMatrixRMaj block = new DMatrixRMaj(Math.min(blockRows, last - first), n);
    DMatrixRMaj blockGram = new DMatrixRMaj(n, n);
    for (int start = first; start < last; start += blockRows) {
      int rows = Math.min(blockRows, last - start);
      block.reshape(rows, n, false);
      System.arraycopy(a.data, start * n, block.data, 0, rows * n);

      // The kernel writes only the upper triangle, so the lower one stays zero throughout.
      MatrixMultProduct_DDRM.inner_reorder_upper(block, blockGram);
      double[] part = blockGram.data;
      for (int i = 0; i < sum.length; i++) {
        sum[i] += part[i];
      }
    }
    return sum;
  }

  private static void mirrorUpper(DMatrixRMaj g) {
    int n = g.numCols;
    double[] d = g.data;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        d[j * n + i] = d[i * n + j];
      }
    }
  }

  private static int ceilDiv(int x, int y) {
    return (x + y - 1) / y;
  }
}
