package org.svcca.backend.nd4j;

import org.svcca.spi.Matrix;

/**
 * Bad input and failed LAPACK calls, told apart.
 *
 * <p>LAPACK cannot be trusted to reject every bad input itself: LAPACKE's check before each
 * call catches NaN but not infinities, which then turn into NaN results without an error.
 * Inputs are therefore checked before each decomposition
 * ({@link org.svcca.spi.Matrices#requireFinite}), and what LAPACK still reports
 * (ND4J's {@code BlasException}, an {@link Error}) is a numerical failure.
 */
final class LapackFailure {

  private LapackFailure() {}

  /**
   * The exception for a LAPACK call that failed on finite input: its iteration did not
   * converge, or it rejected an argument.
   *
   * @param operation what failed, such as "SVD"
   * @param input the caller's matrix, whose shape is named
   * @param cause ND4J's report, which carries LAPACK's status
   */
  static IllegalStateException of(String operation, Matrix input, Throwable cause) {
    return new IllegalStateException("LAPACK's " + operation + " failed for a " + input.shape()
        + " matrix: " + cause.getMessage(), cause);
  }
}
