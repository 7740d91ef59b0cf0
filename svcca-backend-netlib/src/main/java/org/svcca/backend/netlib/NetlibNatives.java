package org.svcca.backend.netlib;

import dev.ludovic.netlib.blas.NativeBLAS;
import dev.ludovic.netlib.lapack.NativeLAPACK;
import java.util.logging.Level;
import org.netlib.util.intW;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.svcca.spi.Availability;

/**
 * Loading the system's BLAS and LAPACK through netlib's JNI bindings, and the availability it
 * leads to.
 *
 * <p>netlib's {@code BLAS.getInstance()} falls back to a pure-Java implementation when no native
 * library loads. This backend never takes that fallback: it asks for the native interfaces only
 * ({@link NativeBLAS}, {@link NativeLAPACK}), which fail instead, and the backend is then
 * unavailable. The fallback runs at EJML's speed (GEMM 2000^3 at 3 GFLOP/s, thin SVD of
 * 20000 x 500 in 15 s, on two Zen 4 cores) and EJML already is the pure-Java backend; ranking
 * the fallback as a native backend would mislead both the selection and a user reading the list
 * of backends.
 */
final class NetlibNatives {

  /**
   * netlib's loaders log through java.util.logging, whose default handler prints to standard
   * error: a warning on every start without the incubating Vector API (for the Java fallback,
   * unused here), and one when no native library loads, which the availability reason reports
   * instead. java.util.logging holds loggers weakly, so the references are kept here.
   */
  private static final java.util.logging.Logger[] LOADER_LOGGERS = {
      java.util.logging.Logger.getLogger("dev.ludovic.netlib.blas.InstanceBuilder"),
      java.util.logging.Logger.getLogger("dev.ludovic.netlib.lapack.InstanceBuilder")};

  private static final Logger LOG = LoggerFactory.getLogger(NetlibNatives.class);

  private NetlibNatives() {}

  /** The availability of the real native libraries, probed once. */
  static Availability availability() {
    return Probed.AVAILABILITY;
  }

  /** Holder idiom: the probe runs on first use, once, and its answer is kept. */
  private static final class Probed {
    static final Availability AVAILABILITY = check(NetlibNatives::load);
  }

  /** Runs {@code loader}; any throwable becomes an unavailability saying what to install. */
  static Availability check(Runnable loader) {
    try {
      loader.run();
      return Availability.ok();
    } catch (Throwable e) {
      LOG.debug("netlib's native BLAS and LAPACK did not load", e);
      return Availability.unavailable(reason(e));
    }
  }

  /** A reason a user can act on: netlib opens {@code libblas.so.3} and {@code liblapack.so.3}. */
  static String reason(Throwable e) {
    return "no native BLAS and LAPACK loaded (" + e + "); netlib needs libblas.so.3 and "
        + "liblapack.so.3, such as OpenBLAS's: apt-get install libopenblas0 (Debian, Ubuntu)";
  }

  /**
   * Quiets netlib's loggers where nobody configured them, loads the native interfaces, and
   * proves both libraries answer: 2 times 3 through BLAS, a 1 x 1 QR through LAPACK.
   */
  private static void load() {
    for (java.util.logging.Logger logger : LOADER_LOGGERS) {
      if (logger.getLevel() == null) {
        logger.setLevel(Level.SEVERE);
      }
    }
    NativeBLAS blas = NativeBLAS.getInstance();
    NativeLAPACK lapack = NativeLAPACK.getInstance();

    double[] product = new double[1];
    blas.dgemm("N", "N", 1, 1, 1, 1.0, new double[] {2.0}, 1, new double[] {3.0}, 1, 0.0,
        product, 1);
    double[] column = {-4.0};
    intW info = new intW(0);
    lapack.dgeqrf(1, 1, column, 1, new double[1], new double[1], 1, info);
    if (product[0] != 6.0 || info.val != 0 || Math.abs(column[0]) != 4.0) {
      throw new IllegalStateException("the native BLAS computed 2 * 3 = " + product[0]
          + "; the native LAPACK's QR of (-4) gave R = " + column[0] + ", info " + info.val);
    }
    LOG.debug("netlib loaded {} and {}", blas.getClass().getName(),
        lapack.getClass().getName());
  }
}
