package org.svcca.backend.jblas;

import java.util.Objects;
import java.util.function.Supplier;
import org.svcca.spi.Availability;
import org.svcca.spi.BackendKind;
import org.svcca.spi.LinearAlgebra;
import org.svcca.spi.LinearAlgebraProvider;

/**
 * The jblas backend's entry for {@link java.util.ServiceLoader}: id {@code jblas}, native,
 * priority 200.
 *
 * <p>Available when jblas's native library loads and multiplies correctly. On Linux that library
 * needs the system's {@code libgfortran.so.5}; without it the backend is unavailable and says
 * so. Checking availability silences jblas's own logger for the whole process, since it would
 * otherwise print its temporary files to standard error.
 */
public final class JblasProvider implements LinearAlgebraProvider {

  /** The id users select this backend by. */
  public static final String ID = "jblas";

  /**
   * Above EJML (100), below netlib (300). On two busy Zen 4 cores, best of several runs: GEMM
   * 2000^3 at 47 GFLOP/s with {@code OPENBLAS_CORETYPE=Haswell} (7 to 21 without it), EJML 3,
   * netlib 82; thin SVD of 20000 x 500 with U and V in 1.4 s, EJML 18 s, netlib 1.3 s.
   */
  static final int PRIORITY = 200;

  private final Supplier<Availability> probe;

  /** Called by {@link java.util.ServiceLoader}; does no work. */
  public JblasProvider() {
    this(JblasNatives::availability);
  }

  /** A provider whose availability comes from {@code probe}: tests inject a failing loader. */
  JblasProvider(Supplier<Availability> probe) {
    this.probe = Objects.requireNonNull(probe, "probe");
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String library() {
    return ("jblas " + JblasNatives.version()).trim() + " (bundled OpenBLAS, single-threaded)";
  }

  @Override
  public BackendKind kind() {
    return BackendKind.NATIVE;
  }

  @Override
  public int priority() {
    return PRIORITY;
  }

  /** Loads jblas's native library on the first call; later calls return the same answer. */
  @Override
  public Availability availability() {
    return probe.get();
  }

  @Override
  public LinearAlgebra create() {
    Availability availability = availability();
    if (!availability.available()) {
      throw new IllegalStateException("the jblas backend is not available: "
          + availability.reason());
    }
    return new JblasBackend();
  }
}
