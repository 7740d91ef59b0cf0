package org.svcca.backend.nd4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.svcca.conformance.NonFiniteInputContract;
import org.svcca.conformance.TestMatrices;
import org.svcca.spi.BackendKind;
import org.svcca.spi.LinearAlgebra;
import org.svcca.spi.Matrix;
import org.svcca.spi.SvdParts;
import org.svcca.spi.ThinSvd;

/** What the ND4J backend does beyond the shared contracts: its paths, messages and identity. */
class Nd4jBackendTest extends NonFiniteInputContract {

  /** Two SVD paths (QR first, LAPACK alone) differ only by rounding: a few max(m, n) eps. */
  private static final double PATH_AGREEMENT_FACTOR = 10.0;

  private final LinearAlgebra backend = new Nd4jProvider().create();

  @Override
  protected LinearAlgebra backend() {
    return backend;
  }

  @Test
  void providerNamesNd4jItsVersionAndTheRuntimeThatStarted() {
    Nd4jProvider provider = new Nd4jProvider();

    assertEquals("nd4j", provider.id());
    assertTrue(provider.availability().available(), provider.availability().reason());
    assertTrue(provider.library().matches("ND4J 1\\.0\\.0-M2\\.1 \\((CPU|CUDA)\\)"),
        provider.library());
    int expected = provider.kind() == BackendKind.GPU ? 400 : 150;
    assertEquals(expected, provider.priority());
    assertTrue(provider.kind() != BackendKind.PURE_JAVA, "ND4J is native code");
  }

  /**
   * On a tall matrix U goes through a thin QR first and the other requests go to LAPACK's SVD
   * alone; all must give the same spectrum.
   */
  @Test
  void qrFirstAndLapackOnlyPathsAgree() {
    Matrix a = TestMatrices.gaussian(200, 30, 3);

    double[] viaQr = backend.svd(a, SvdParts.LEFT).singularValues();
    double[] direct = backend.svd(a, SvdParts.RIGHT).singularValues();

    double tolerance = TestMatrices.scaledTolerance(PATH_AGREEMENT_FACTOR, 200, 30) * direct[0];
    assertArrayEquals(direct, viaQr, tolerance);
  }

  @Test
  void qrOfNanInputNamesTheEntry() {
    Matrix a = TestMatrices.gaussian(30, 5, 7);
    a.set(17, 0, Double.NaN);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> backend.qr(a));

    assertTrue(e.getMessage().contains("row 17, column 0 of a 30 x 5"), e.getMessage());
  }

  /** ND4J keeps state per thread; concurrent calls must not disturb each other. */
  @Test
  void concurrentCallsAgreeWithSequentialOnes() throws Exception {
    List<Matrix> inputs = new ArrayList<>();
    List<double[]> expected = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Matrix a = TestMatrices.gaussian(300, 20 + i, 40 + i);
      inputs.add(a);
      expected.add(backend.svd(a, SvdParts.VALUES_ONLY).singularValues());
    }

    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<ThinSvd>> results = new ArrayList<>();
    try {
      for (Matrix a : inputs) {
        results.add(pool.submit(() -> backend.svd(a, SvdParts.BOTH)));
      }
      for (int i = 0; i < inputs.size(); i++) {
        ThinSvd svd = results.get(i).get();
        double[] s = expected.get(i);
        Matrix a = inputs.get(i);
        double tolerance = TestMatrices.scaledTolerance(PATH_AGREEMENT_FACTOR, a.rows(),
            a.cols());
        assertArrayEquals(s, svd.singularValues(), tolerance * s[0], "input " + i);
        assertTrue(TestMatrices.reconstructionError(a, svd.u(), svd.singularValues(), svd.v())
            <= tolerance, "input " + i + " does not reconstruct");
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
