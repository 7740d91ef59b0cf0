package org.svcca.backend.jblas;

import java.util.function.Supplier;
import org.svcca.spi.Availability;
import org.svcca.spi.BackendKind;
import org.svcca.spi.LinearAlgebra;
import org.svcca.spi.ProbedProvider;

/**
 * The jblas backend's entry for {@link java.util.ServiceLoader}: id {@code jblas}, native,
 * priority 200.
 *
 * <p>Available when jblas's native library loads and multiplies correctly. On Linux that library
 * needs the system's {@code libgfortran.so.5}; without it the backend is unavailable and says
 * so. Checking availability silences jblas's own logger for the whole process, since it would
 * otherwise print its temporary files to standard error.
 */
public final class JblasProvider extends ProbedProvider {

  /** The id users select this backend by. */
  public static final String ID = "jblas";

  /**
   * Above EJML (100), below netlib (300). On two busy Zen 4 cores, best of several runs: GEMM
   * 2000^3 at 47 GFLOP/s with {@code OPENBLAS_CORETYPE=Haswell} (7 to 21 without it), EJML 3,
   * netlib 82; thin SVD of 20000 x 500 with U and V in 1.4 s, EJML 18 s, netlib 1.3 s.
   */
  static final int PRIORITY = 200;

  private static final String POM_PROPERTIES = "META-INF/maven/org.jblas/jblas/pom.properties";

  /**
   * Called by {@link java.util.ServiceLoader}; does no work. The availability check loads
   * jblas's native library on the first call; later calls return the same answer.
   */
  public JblasProvider() {
    this(JblasNatives::availability);
  }

  /** A provider whose availability comes from {@code probe}: tests inject a failing loader. */
  JblasProvider(Supplier<Availability> probe) {
    super(ID, BackendKind.NATIVE, PRIORITY, probe);
  }

  @Override
  public String library() {
    return ("jblas " + mavenVersion(JblasProvider.class, POM_PROPERTIES)).trim()
        + " (bundled OpenBLAS, single-threaded)";
  }

  @Override
  protected LinearAlgebra newBackend() {
    return new JblasBackend();
  }
}
