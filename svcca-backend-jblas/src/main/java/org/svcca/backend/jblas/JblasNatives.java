package org.svcca.backend.jblas;

import org.jblas.NativeBlas;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.svcca.spi.Availability;

/**
 * Loading jblas's native library, the availability it leads to, and the lock every native call
 * takes.
 *
 * <p>jblas copies its library, with the OpenBLAS inside it, to a temporary folder and loads it
 * when {@link NativeBlas} is initialized. On Linux it swallows a failure there, and every later
 * call throws {@link UnsatisfiedLinkError}; other failures surface as
 * {@link ExceptionInInitializerError} and then {@link NoClassDefFoundError}. So loading is proved
 * by running one product, once per class loader, and whatever that throws becomes the reason.
 */
final class JblasNatives {

  /**
   * Every native call holds this lock. The OpenBLAS bundled with jblas is a single-threaded build
   * without locking: two threads in its LAPACK at once corrupt each other's results (singular
   * values off by 40% were seen with four threads). It never uses more than one core itself, so
   * the lock costs only the parallelism of concurrent callers.
   */
  static final Object LOCK = new Object();

  /** A level of jblas's logger above its most severe one, so that it prints nothing. */
  private static final int SILENT = org.jblas.util.Logger.ERROR + 1;

  private static final Logger LOG = LoggerFactory.getLogger(JblasNatives.class);

  private JblasNatives() {}

  /** The availability of the real native library, probed once. */
  static Availability availability() {
    return Probed.AVAILABILITY;
  }

  /** Holder idiom: the probe runs on first use, once, and its answer is kept. */
  private static final class Probed {
    static final Availability AVAILABILITY = check(JblasNatives::load);
  }

  /**
   * Runs {@code loader}; any throwable, the linkage errors above in particular, becomes an
   * unavailability whose reason says what to install.
   */
  static Availability check(Runnable loader) {
    try {
      loader.run();
      LOG.debug("jblas's native library loaded");
      logCoreTypeHint();
      return Availability.ok();
    } catch (Throwable e) {
      LOG.debug("jblas's native library did not load", e);
      return Availability.unavailable(reason(e));
    }
  }

  /**
   * A reason a user can act on. On Linux the library needs the system's {@code libgfortran.so.5}
   * (the copy jblas bundles is version 4), the usual cause of a failed load.
   */
  static String reason(Throwable e) {
    return "jblas's native library did not load (" + e + "); on Linux it needs "
        + "libgfortran.so.5: apt-get install libgfortran5 (Debian, Ubuntu)";
  }

  /**
   * Silences jblas's own logger, which otherwise prints its temporary files to standard error,
   * then multiplies 2 by 3 natively to prove the library is there and works.
   */
  private static void load() {
    org.jblas.util.Logger.getLogger().setLevel(SILENT);
    double[] product = new double[1];
    NativeBlas.dgemm('N', 'N', 1, 1, 1, 1.0, new double[] {2.0}, 0, 1, new double[] {3.0}, 0, 1,
        0.0, product, 0, 1);
    if (product[0] != 6.0) {
      throw new IllegalStateException("jblas computed 2 * 3 = " + product[0]);
    }
  }

  /**
   * OpenBLAS reads {@code OPENBLAS_CORETYPE} once, when it loads. The 2020 build inside jblas
   * does not recognise many newer CPUs: on Zen 4 it picks its generic Barcelona kernels, which
   * multiply at under half the speed of its Haswell ones.
   */
  private static void logCoreTypeHint() {
    if (System.getenv("OPENBLAS_CORETYPE") == null) {
      LOG.debug("OPENBLAS_CORETYPE is not set; on x86-64 CPUs newer than jblas (2020) its "
          + "OpenBLAS may fall back to slow kernels: set OPENBLAS_CORETYPE=Haswell before the "
          + "JVM starts");
    }
  }
}
