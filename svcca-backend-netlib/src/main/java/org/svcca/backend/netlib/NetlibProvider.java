package org.svcca.backend.netlib;

import java.util.Objects;
import java.util.function.Supplier;
import org.svcca.spi.Availability;
import org.svcca.spi.BackendKind;
import org.svcca.spi.LinearAlgebra;
import org.svcca.spi.LinearAlgebraProvider;

/**
 * The netlib backend's entry for {@link java.util.ServiceLoader}: id {@code netlib}, native,
 * priority 300.
 *
 * <p>Available when netlib's JNI bindings load the system's {@code libblas.so.3} and
 * {@code liblapack.so.3} (on Debian and Ubuntu, OpenBLAS's from {@code libopenblas0}) and both
 * compute correctly. netlib's pure-Java fallback is never used: without the native libraries the
 * backend is unavailable and says what to install.
 */
public final class NetlibProvider implements LinearAlgebraProvider {

  /** The id users select this backend by. */
  public static final String ID = "netlib";

  /**
   * The highest of the CPU backends: the system's OpenBLAS recognises the CPU and uses every
   * core, where jblas (200) bundles a single-threaded OpenBLAS from 2020. On two busy Zen 4
   * cores, best of several runs: GEMM 2000^3 at 82 GFLOP/s (54 on one thread), jblas 47, EJML
   * 3; thin SVD of 20000 x 500 with U and V in 1.3 s, jblas 1.4 s, EJML 18 s.
   */
  static final int PRIORITY = 300;

  private final Supplier<Availability> probe;

  /** Called by {@link java.util.ServiceLoader}; does no work. */
  public NetlibProvider() {
    this(NetlibNatives::availability);
  }

  /** A provider whose availability comes from {@code probe}: tests inject a failing loader. */
  NetlibProvider(Supplier<Availability> probe) {
    this.probe = Objects.requireNonNull(probe, "probe");
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String library() {
    return ("dev.ludovic.netlib " + NetlibNatives.version()).trim()
        + " (the system's BLAS and LAPACK)";
  }

  @Override
  public BackendKind kind() {
    return BackendKind.NATIVE;
  }

  @Override
  public int priority() {
    return PRIORITY;
  }

  /** Loads the native libraries on the first call; later calls return the same answer. */
  @Override
  public Availability availability() {
    return probe.get();
  }

  @Override
  public LinearAlgebra create() {
    Availability availability = availability();
    if (!availability.available()) {
      throw new IllegalStateException("the netlib backend is not available: "
          + availability.reason());
    }
    return new NetlibBackend();
  }
}
