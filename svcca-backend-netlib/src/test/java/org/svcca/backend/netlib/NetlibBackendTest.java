package org.svcca.backend.netlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ludovic.netlib.blas.BLAS;
import dev.ludovic.netlib.blas.NativeBLAS;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.svcca.conformance.NativeBackendContract;
import org.svcca.spi.Availability;
import org.svcca.spi.BackendKind;
import org.svcca.spi.LinearAlgebraProvider;

/** What the netlib backend does beyond the shared contracts: its identity, loading and threads. */
class NetlibBackendTest extends NativeBackendContract {

  @Override
  protected LinearAlgebraProvider provider() {
    return new NetlibProvider();
  }

  @Override
  protected LinearAlgebraProvider providerLoading(Runnable loader) {
    return new NetlibProvider(() -> NetlibNatives.check(loader));
  }

  @Override
  protected Stream<Throwable> loadingFailures() {
    return Stream.of(new RuntimeException("Unable to load native implementation"),
        new UnsatisfiedLinkError("libblas.so.3: cannot open shared object file"),
        new NoClassDefFoundError("dev/ludovic/netlib/blas/NativeBLAS"),
        new IllegalStateException("the native BLAS computed 2 * 3 = 0.0"));
  }

  @Override
  protected String installHint() {
    return "apt-get install libopenblas0";
  }

  /** A multi-threaded BLAS may split a product differently from call to call. */
  @Override
  protected double productAgreementFactor() {
    return 2.0;
  }

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
}
