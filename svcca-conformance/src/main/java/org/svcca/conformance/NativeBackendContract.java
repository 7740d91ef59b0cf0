package org.svcca.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.svcca.spi.Availability;
import org.svcca.spi.LinearAlgebra;
import org.svcca.spi.LinearAlgebraProvider;
import org.svcca.spi.Matrix;
import org.svcca.spi.SvdParts;
import org.svcca.spi.Transpose;

/**
 * What a backend on native BLAS and LAPACK must satisfy beyond the shared contracts: its
 * library loads here, a failed load is an unavailability that says what to install, one
 * instance serves several threads, and non-finite SVD input is rejected by name. A backend's
 * test extends this class and supplies the hooks.
 *
 * <p>One instance serves all tests of a class, so that {@link #loadingFailures()} can be an
 * overridable method; the tests keep no state in it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class NativeBackendContract extends NonFiniteInputContract {

  /** Singular values agree across runs to the SPI's backward-error scale. */
  private static final double SINGULAR_VALUE_FACTOR = 10.0;

  /** The provider as {@link java.util.ServiceLoader} makes it. */
  protected abstract LinearAlgebraProvider provider();

  /** A provider whose availability probe runs {@code loader} instead of loading the library. */
  protected abstract LinearAlgebraProvider providerLoading(Runnable loader);

  /** What loading the native library throws where it fails, one of each kind. */
  protected abstract Stream<Throwable> loadingFailures();

  /** The install command an unavailability's reason must name, such as an apt-get line. */
  protected abstract String installHint();

  /**
   * The factor of {@code max(m, n) eps ||C||} by which a product computed concurrently may
   * differ from the serial one: 0 where every call must give the same bits.
   */
  protected abstract double productAgreementFactor();

  @Override
  protected LinearAlgebra backend() {
    return provider().create();
  }

  @Test
  void nativeLibraryLoadsHere() {
    Availability availability = provider().availability();

    assertTrue(availability.available(), availability.reason());
  }

  @ParameterizedTest
  @MethodSource("loadingFailures")
  void aFailedLoadIsAnUnavailabilityNamingTheCauseAndThePackage(Throwable failure) {
    LinearAlgebraProvider provider = providerLoading(() -> {
      throw unchecked(failure);
    });

    Availability availability = provider.availability();
    IllegalStateException e = assertThrows(IllegalStateException.class, provider::create);

    assertFalse(availability.available());
    assertTrue(availability.reason().contains(failure.toString()), availability.reason());
    assertTrue(availability.reason().contains(installHint()), availability.reason());
    assertTrue(e.getMessage().contains(availability.reason()), e.getMessage());
  }

  /** The SPI promises that one instance serves several threads at once. */
  @Test
  void concurrentCallsGiveTheSerialAnswers() throws Exception {
    LinearAlgebra backend = backend();
    Matrix a = TestMatrices.gaussian(300, 300, 17);
    Matrix b = TestMatrices.gaussian(300, 300, 18);
    double[] values = backend.svd(a, SvdParts.VALUES_ONLY).singularValues();
    Matrix product = backend.multiply(a, Transpose.NO, b, Transpose.YES);
    double valueTolerance =
        TestMatrices.scaledTolerance(SINGULAR_VALUE_FACTOR, 300, 300) * values[0];
    double productTolerance = TestMatrices.scaledTolerance(productAgreementFactor(), 300, 300)
        * TestMatrices.frobenius(product);

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

  /** Lets a {@link Runnable} throw an error or a runtime exception given as a throwable. */
  private static RuntimeException unchecked(Throwable t) {
    if (t instanceof Error) {
      throw (Error) t;
    }
    return (RuntimeException) t;
  }
}
