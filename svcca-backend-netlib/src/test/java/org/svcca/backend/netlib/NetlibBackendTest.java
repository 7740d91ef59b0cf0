package org.svcca.backend.netlib;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ludovic.netlib.blas.BLAS;
import dev.ludovic.netlib.blas.NativeBLAS;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.svcca.conformance.TestMatrices;
import org.svcca.spi.Availability;
import org.svcca.spi.BackendKind;
import org.svcca.spi.LinearAlgebra;
import org.svcca.spi.Matrix;
import org.svcca.spi.SvdParts;
import org.svcca.spi.Transpose;

/** What the netlib backend does beyond the shared contracts: its identity, loading and threads. */
class NetlibBackendTest {

  /** Singular values agree across runs to the SPI's backward-error scale. */
  private static final double SINGULAR_VALUE_FACTOR = 10.0;

  @Test
  void providerNamesNetlibItsVersionAndTheHighestCpuPriority() {
    NetlibProvider provider = new NetlibProvider();

    assertEquals("netlib", provider.id());
    assertTrue(provider.library().startsWith("dev.ludovic.netlib 3.0.3 "), provider.library());
    assertEquals(BackendKind.NATIVE, provider.kind());
    assertTrue(provider.priority() > 200, "the system's BLAS must outrank jblas's 200");
  }

  /** Available here means JNI reached a native library, not netlib's pure-Java fallback. */
  @Test
  void nativeLibrariesLoadHereWithoutTheJavaFallback() {
    Availability availability = new NetlibProvider().availability();

    assertTrue(availability.available(), availability.reason());
    assertTrue(BLAS.getInstance() instanceof NativeBLAS,
        "netlib chose " + BLAS.getInstance().getClass().getName());
  }

  static Stream<Throwable> loadingFailures() {
    return Stream.of(new RuntimeException("Unable to load native implementation"),
        new UnsatisfiedLinkError("libblas.so.3: cannot open shared object file"),
        new NoClassDefFoundError("dev/ludovic/netlib/blas/NativeBLAS"),
        new IllegalStateException("the native BLAS computed 2 * 3 = 0.0"));
  }

  @ParameterizedTest
  @MethodSource("loadingFailures")
  void aFailedLoadIsAnUnavailabilityNamingTheCauseAndThePackage(Throwable failure) {
    NetlibProvider provider = new NetlibProvider(() -> NetlibNatives.check(() -> {
      throw unchecked(failure);
    }));

    Availability availability = provider.availability();
    IllegalStateException e = assertThrows(IllegalStateException.class, provider::create);

    assertFalse(availability.available());
    assertTrue(availability.reason().contains(failure.toString()), availability.reason());
    assertTrue(availability.reason().contains("apt-get install libopenblas0"),
        availability.reason());
    assertTrue(e.getMessage().contains(availability.reason()), e.getMessage());
  }

  /** The SPI promises that one instance serves several threads at once. */
  @Test
  void concurrentCallsGiveTheSerialAnswers() throws Exception {
    LinearAlgebra backend = new NetlibProvider().create();
    Matrix a = TestMatrices.gaussian(300, 300, 17);
    Matrix b = TestMatrices.gaussian(300, 300, 18);
    double[] values = backend.svd(a, SvdParts.VALUES_ONLY).singularValues();
    Matrix product = backend.multiply(a, Transpose.NO, b, Transpose.YES);
    double valueTolerance =
        TestMatrices.scaledTolerance(SINGULAR_VALUE_FACTOR, 300, 300) * values[0];
    double productTolerance =
        TestMatrices.scaledTolerance(2.0, 300, 300) * TestMatrices.frobenius(product);

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<double[]>> svds = new ArrayList<>();
      List<Future<Matrix>> products = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        svds.add(pool.submit(() -> backend.svd(a, SvdParts.VALUES_ONLY).singularValues()));
        products.add(pool.submit(() -> backend.multiply(a, Transpose.NO, b, Transpose.YES)));
      }
      for (int i = 0; i < svds.size(); i++) {
        assertArrayEquals(values, svds.get(i).get(), valueTolerance, "singular values");
        double distance = TestMatrices.distance(product, products.get(i).get());
        assertTrue(distance <= productTolerance, "a concurrent product is off by " + distance);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void svdOfNanInputNamesTheEntry() {
    Matrix a = TestMatrices.gaussian(6, 4, 5);
    a.set(2, 3, Double.NaN);
    LinearAlgebra backend = new NetlibProvider().create();

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> backend.svd(a, SvdParts.BOTH));

    assertTrue(e.getMessage().contains("NaN at row 2, column 3 of a 6 x 4"), e.getMessage());
  }

  @Test
  void svdOfWideInputWithInfinityNamesTheEntryInTheCallersOrientation() {
    Matrix a = TestMatrices.gaussian(4, 60, 6);
    a.set(1, 50, Double.POSITIVE_INFINITY);
    LinearAlgebra backend = new NetlibProvider().create();

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> backend.svd(a, SvdParts.VALUES_ONLY));

    assertTrue(e.getMessage().contains("row 1, column 50 of a 4 x 60"), e.getMessage());
  }

  /** Lets a {@link Runnable} throw an error or a runtime exception given as a throwable. */
  private static RuntimeException unchecked(Throwable t) {
    if (t instanceof Error) {
      throw (Error) t;
    }
    return (RuntimeException) t;
  }
}
