package org.svcca.backend.nd4j;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.svcca.spi.Matrix;
import org.svcca.spi.SvdParts;
import org.svcca.spi.ThinQr;

/**
 * The calls that start ND4J, kept apart from {@link Nd4jRuntime} so that every ND4J type is
 * resolved inside its catch: loads the runtime and its native libraries, makes double the
 * default data type, and runs each routine the backend uses once on a tiny matrix, so that a
 * runtime that loads but cannot compute is found here rather than in a user's call.
 */
final class Nd4jStartup {

  /**
   * ND4J's switch for the banner of INFO lines it logs on start (backend, cores, BLAS
   * vendor), and JavaCPP's choice of logger, which otherwise writes its warnings to stderr.
   */
  private static final String LOG_INITIALIZATION = "org.nd4j.log.initialization";

  private static final String JAVACPP_LOGGER = "org.bytedeco.javacpp.logger";

  private Nd4jStartup() {}

  /** What started: the name of ND4J's backend class and whether it runs on a GPU. */
  record Started(String backend, boolean gpu) {}

  /**
   * Starts ND4J and checks it computes. Throws whatever ND4J or the JVM's native loader
   * throws, errors included; the caller catches all of it.
   */
  static Started start() {
    // Settings the user made are kept; only unset ones are filled in.
    setIfAbsent(LOG_INITIALIZATION, "false");
    setIfAbsent(JAVACPP_LOGGER, "slf4j");

    // The first use of Nd4j loads the runtime and its native libraries. Every array this
    // backend makes names its type, so the global default matters only to ND4J's own
    // temporaries, whose precision must be double too.
    Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
    // ND4J's backend, named by var: its type shares a name with this package's backend.
    var backend = Nd4j.getBackend();
    boolean gpu = !backend.getEnvironment().isCPU();

    selfTest();
    return new Started(backend.getClass().getSimpleName(), gpu);
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }

  /**
   * GEMM, QR and SVD on {@code A = [[0, 3], [4, 0], [0, 0]]}, whose singular values are 4 and
   * 3, compared with what they must give up to rounding.
   *
   * @throws IllegalStateException if a result is wrong
   */
  private static void selfTest() {
    Matrix a = Matrix.ofRows(new double[] {0, 3}, new double[] {4, 0}, new double[] {0, 0});
    Matrix gram = Matrix.zeros(2, 2);
    Products.gemm(1.0, a, true, a, false, 0.0, gram);
    ThinQr qr = ThinQrDecomposer.decompose(a);
    double[] s = ThinSvdDecomposer.decompose(a, SvdParts.BOTH).singularValues();

    boolean right = near(gram.get(0, 0), 16) && near(gram.get(1, 1), 9)
        && near(gram.get(0, 1), 0) && near(Math.abs(qr.r().get(0, 0)), 4)
        && near(Math.abs(qr.r().get(1, 1)), 3) && s.length == 2 && near(s[0], 4)
        && near(s[1], 3);
    if (!right) {
      throw new IllegalStateException("ND4J loaded but computes wrong results: A^T A = "
          + Arrays.toString(gram.data()) + ", diag R = " + qr.r().get(0, 0) + ", "
          + qr.r().get(1, 1) + ", s = " + Arrays.toString(s)
          + " for A^T A = diag(16, 9)");
    }
  }

  /** Within a few units of rounding of a value of order 1 to 16. */
  private static boolean near(double actual, double expected) {
    return Math.abs(actual - expected) <= 1e-12;
  }
}
