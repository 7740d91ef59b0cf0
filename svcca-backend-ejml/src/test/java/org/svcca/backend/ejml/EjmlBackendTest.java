package org.svcca.backend.ejml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.svcca.conformance.TestMatrices;
import org.svcca.spi.Matrix;
import org.svcca.spi.SvdParts;

/** What the EJML backend does beyond the shared contracts: its paths, messages and identity. */
class EjmlBackendTest {

  /** The two SVD paths (QR first, direct) differ only by rounding: a few max(m, n) eps. */
  private static final double PATH_AGREEMENT_FACTOR = 10.0;

  private final EjmlBackend backend = new EjmlBackend();

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

  @Test
  void svdOfNanInputNamesTheEntry() {
    Matrix a = TestMatrices.gaussian(6, 4, 5);
    a.set(2, 3, Double.NaN);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> backend.svd(a, SvdParts.BOTH));

    assertTrue(e.getMessage().contains("row 2, column 3 of a 6 x 4"), e.getMessage());
  }

  @Test
  void svdOfWideInputWithInfinityNamesTheEntryInTheCallersOrientation() {
    Matrix a = TestMatrices.gaussian(4, 60, 6);
    a.set(1, 50, Double.POSITIVE_INFINITY);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> backend.svd(a, SvdParts.VALUES_ONLY));

    assertTrue(e.getMessage().contains("row 1, column 50 of a 4 x 60"), e.getMessage());
  }
}
