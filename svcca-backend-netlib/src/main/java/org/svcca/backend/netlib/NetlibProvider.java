package org.svcca.backend.netlib;

import java.util.function.Supplier;
import org.svcca.spi.Availability;
import org.svcca.spi.BackendKind;
import org.svcca.spi.LinearAlgebra;
import org.svcca.spi.ProbedProvider;

/**
 * The netlib backend's entry for {@link java.util.ServiceLoader}: id {@code netlib}, native,
 * priority 300.
 *
 * <p>Available when netlib's JNI bindings load the system's {@code libblas.so.3} and
 * {@code liblapack.so.3} (on Debian and Ubuntu, OpenBLAS's from {@code libopenblas0}) and both
 * compute correctly. netlib's pure-Java fallback is never used: without the native libraries the
 * backend is unavailable and says what to install.
 */
public final class NetlibProvider extends ProbedProvider {

  /** The id users select this backend by. */
  public static final String ID = "netlib";

  /**
   * The highest of the CPU backends: the system's OpenBLAS recognises the CPU and uses every
   * core, where jblas (200) bundles a single-threaded OpenBLAS from 2020. On two busy Zen 4
   * cores, best of several runs: GEMM 2000^3 at 82 GFLOP/s (54 on one thread), jblas 47, EJML
   * 3; thin SVD of 20000 x 500 with U and V in 1.3 s, jblas 1.4 s, EJML 18 s.
   */
  static final int PRIORITY = 300;

  private static final String POM_PROPERTIES =
      "META-INF/maven/dev.ludovic.netlib/blas/pom.properties";

  /**
   * Called by {@link java.util.ServiceLoader}; does no work. The availability check loads the
   * native libraries on the first call; later calls return the same answer.
   */
  public NetlibProvider() {
    this(NetlibNatives::availability);
  }

  /** A provider whose availability comes from {@code probe}: tests inject a failing loader. */
  NetlibProvider(Supplier<Availability> probe) {
    super(ID, BackendKind.NATIVE, PRIORITY, probe);
  }

  @Override
  public String library() {
    return ("dev.ludovic.netlib " + mavenVersion(NetlibProvider.class, POM_PROPERTIES)).trim()
        + " (the system's BLAS and LAPACK)";
  }

  @Override
  protected LinearAlgebra newBackend() {
    return new NetlibBackend();
  }
}
