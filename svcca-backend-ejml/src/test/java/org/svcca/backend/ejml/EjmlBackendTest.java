package org.svcca.backend.ejml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.svcca.conformance.NonFiniteInputContract;
import org.svcca.conformance.TestMatrices;
import org.svcca.spi.LinearAlgebra;
import org.svcca.spi.Matrix;
import org.svcca.spi.SvdParts;
import org.svcca.spi.ThinQr;
import org.svcca.spi.Transpose;

/** What the EJML backend does beyond the shared contracts: its paths, messages and identity. */
class EjmlBackendTest extends NonFiniteInputContract {

  /** The two SVD paths (QR first, direct) differ only by rounding: a few max(m, n) eps. */
  private static final double PATH_AGREEMENT_FACTOR = 10.0;

  /** Householder QR is backward stable; the same factor as the QR contract's. */
  private static final double QR_FACTOR = 10.0;

  private final EjmlBackend backend = new EjmlBackend();

  @Override
  protected LinearAlgebra backend() {
    return backend;
  }

  @Test
  void providerNamesEjmlAndItsVersion() {
    assertEquals("EJML 0.46.1", new EjmlProvider().library());
    assertEquals("ejml", new EjmlProvider().id());
    assertEquals(100, new EjmlProvider().priority());
  }

  /**
   * At aspect ratio 5 / 2 a values-only request goes through QR first and a full one goes to
   * EJML's SVD directly; both must give the same spectrum.
   */
  @Test
  void qrFirstAndDirectPathsAgree() {
    Matrix a = TestMatrices.gaussian(50, 20, 3);

    double[] viaQr = backend.svd(a, SvdParts.VALUES_ONLY).singularValues();
    double[] direct = backend.svd(a, SvdParts.BOTH).singularValues();

    double tolerance = TestMatrices.scaledTolerance(PATH_AGREEMENT_FACTOR, 50, 20) * direct[0];
    assertArrayEquals(direct, viaQr, tolerance);
  }

  /** Large enough for the blocked QR: on the last column it must not hit a zero. */
  @Test
  void blockedQrFactorsLargeMatrices() {
    assertValidQr(TestMatrices.gaussian(blockedRows(100), 100, 7));
  }

  /** The blocked QR gives up on a zero column; the column-major QR must take over. */
  @Test
  void blockedQrFallsBackOnAZeroColumn() {
    assertValidQr(TestMatrices.withZeroColumn(TestMatrices.gaussian(blockedRows(100), 100, 8),
        40));
  }

  /** Rows that put an m x n QR just past the blocked QR's threshold. */
  private static int blockedRows(int n) {
    return (int) (ThinQrDecomposer.BLOCKED_MIN_WORK / ((long) n * n)) + 1;
  }

  /**
   * Checks a large QR with the backend's own products, which the GEMM contract has checked
   * against the triple loop; the loop itself would take seconds at this size.
   */
  private void assertValidQr(Matrix a) {
    ThinQr qr = backend.qr(a);

    double tolerance = TestMatrices.scaledTolerance(QR_FACTOR, a.rows(), a.cols());
    Matrix product = backend.multiply(qr.q(), Transpose.NO, qr.r(), Transpose.NO);
    double error = TestMatrices.distance(a, product) / TestMatrices.frobenius(a);
    assertTrue(error <= tolerance, "||A - QR|| / ||A|| = " + error);
    Matrix gram = backend.gram(qr.q());
    double orthonormality = TestMatrices.distance(gram, Matrix.identity(gram.rows()));
    assertTrue(orthonormality <= tolerance, "||Q^T Q - I|| = " + orthonormality);
    for (int i = 0; i < qr.r().rows(); i++) {
      for (int j = 0; j < i; j++) {
        assertEquals(0.0, qr.r().get(i, j), 0.0, "R(" + i + ", " + j + ")");
      }
    }
  }
}
