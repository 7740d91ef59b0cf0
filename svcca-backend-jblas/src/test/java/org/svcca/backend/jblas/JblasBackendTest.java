package org.svcca.backend.jblas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** What the jblas backend does beyond the shared contracts: its identity, loading and locking. */
class JblasBackendTest {

  /** Singular values agree across runs to the SPI's backward-error scale. */
  private static final double SINGULAR_VALUE_FACTOR = 10.0;

  @Test
  void providerNamesJblasItsVersionAndANativePriorityAboveEjml() {
    JblasProvider provider = new JblasProvider();

    assertEquals("jblas", provider.id());
    assertTrue(provider.library().startsWith("jblas 1.2.5 "), provider.library());
    assertEquals(BackendKind.NATIVE, provider.kind());
    assertTrue(provider.priority() > 100, "a native backend must outrank EJML's 100");
  }

  @Test
  void nativeLibraryLoadsHere() {
    Availability availability = new JblasProvider().availability();

    assertTrue(availability.available(), availability.reason());
  }

  static Stream<Throwable> loadingFailures() {
    return Stream.of(new UnsatisfiedLinkError("libgfortran.so.5: cannot open shared object file"),
        new NoClassDefFoundError("Could not initialize class org.jblas.NativeBlas"),
        new ExceptionInInitializerError("jblas"), new IllegalStateException("jblas computed 0"));
  }

  @ParameterizedTest
  @MethodSource("loadingFailures")
  void aFailedLoadIsAnUnavailabilityNamingTheCauseAndThePackage(Throwable failure) {
    JblasProvider provider = new JblasProvider(() -> JblasNatives.check(() -> {
      throw unchecked(failure);
    }));

    Availability availability = provider.availability();
    IllegalStateException e = assertThrows(IllegalStateException.class, provider::create);

    assertFalse(availability.available());
    assertTrue(availability.reason().contains(failure.toString()), availability.reason());
    assertTrue(availability.reason().contains("apt-get install libgfortran5"),
        availability.reason());
    assertTrue(e.getMessage().contains(availability.reason()), e.getMessage());
  }

  /**
   * jblas's OpenBLAS is not thread-safe: unserialized, an SVD running while another thread
   * multiplies returns singular values tens of percent off. Every call must give the serial
   * answer.
   */
  @Test
  void concurrentCallsGiveTheSerialAnswers() throws Exception {
    LinearAlgebra backend = new JblasProvider().create();
    Matrix a = TestMatrices.gaussian(300, 300, 17);
    Matrix b = TestMatrices.gaussian(300, 300, 18);
    double[] values = backend.svd(a, SvdParts.VALUES_ONLY).singularValues();
    double[] product = backend.multiply(a, Transpose.NO, b, Transpose.YES).data();
    double valueTolerance =
        TestMatrices.scaledTolerance(SINGULAR_VALUE_FACTOR, 300, 300) * values[0];

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<double[]>> svds = new ArrayList<>();
      List<Future<double[]>> products = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        svds.add(pool.submit(() -> backend.svd(a, SvdParts.VALUES_ONLY).singularValues()));
        products.add(pool.submit(
            () -> backend.multiply(a, Transpose.NO, b, Transpose.YES).data()));
      }
      for (int i = 0; i < svds.size(); i++) {
        assertArrayEquals(values, svds.get(i).get(), valueTolerance, "singular values");
        assertArrayEquals(product, products.get(i).get(), "the same product, bit for bit");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void svdOfNanInputNamesTheEntry() {
    Matrix a = TestMatrices.gaussian(6, 4, 5);
    a.set(2, 3, Double.NaN);
    LinearAlgebra backend = new JblasProvider().create();

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> backend.svd(a, SvdParts.BOTH));

    assertTrue(e.getMessage().contains("NaN at row 2, column 3 of a 6 x 4"), e.getMessage());
  }

  @Test
  void svdOfWideInputWithInfinityNamesTheEntryInTheCallersOrientation() {
    Matrix a = TestMatrices.gaussian(4, 60, 6);
    a.set(1, 50, Double.POSITIVE_INFINITY);
    LinearAlgebra backend = new JblasProvider().create();

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
