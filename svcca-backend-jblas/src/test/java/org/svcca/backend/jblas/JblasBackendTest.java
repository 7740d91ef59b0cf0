package org.svcca.backend.jblas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.svcca.conformance.NativeBackendContract;
import org.svcca.spi.BackendKind;
import org.svcca.spi.LinearAlgebraProvider;

/** What the jblas backend does beyond the shared contracts: its identity, loading and locking. */
class JblasBackendTest extends NativeBackendContract {

  @Override
  protected LinearAlgebraProvider provider() {
    return new JblasProvider();
  }

  @Override
  protected LinearAlgebraProvider providerLoading(Runnable loader) {
    return new JblasProvider(() -> JblasNatives.check(loader));
  }

  @Override
  protected Stream<Throwable> loadingFailures() {
    return Stream.of(new UnsatisfiedLinkError("libgfortran.so.5: cannot open shared object file"),
        new NoClassDefFoundError("Could not initialize class org.jblas.NativeBlas"),
        new ExceptionInInitializerError("jblas"), new IllegalStateException("jblas computed 0"));
  }

  @Override
  protected String installHint() {
    return "apt-get install libgfortran5";
  }

  /**
   * jblas's OpenBLAS is not thread-safe: unserialized, an SVD running while another thread
   * multiplies returns singular values tens of percent off. Serialized, every product is the
   * serial one, bit for bit.
   */
  @Override
  protected double productAgreementFactor() {
    return 0.0;
  }

  @Test
  void providerNamesJblasItsVersionAndANativePriorityAboveEjml() {
    JblasProvider provider = new JblasProvider();

    assertEquals("jblas", provider.id());
    assertTrue(provider.library().startsWith("jblas 1.2.5 "), provider.library());
    assertEquals(BackendKind.NATIVE, provider.kind());
    assertTrue(provider.priority() > 100, "a native backend must outrank EJML's 100");
  }
}
