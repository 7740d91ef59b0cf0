package org.svcca.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.svcca.spi.LinearAlgebra;
import org.svcca.spi.Matrix;
import org.svcca.spi.ThinQr;
import org.svcca.spi.Transpose;

/**
 * What every backend's thin QR {@code A = Q R} (A m x n, {@code m >= n}, Q m x n with
 * orthonormal columns, R n x n upper triangular) must satisfy. A backend's test extends this
 * class and supplies {@link #backend()}.
 *
 * <p>Only properties are checked, never raw factors: the signs of R's diagonal, and of the
 * matching columns of Q, are the backend's choice.
 */
public abstract class QrContract {

  /**
   * Householder QR is backward stable: {@code ||A - Q R||_F <= c max(m, n) eps ||A||_F} with
   * c of order 1. 10 leaves room for the rounding of the check itself without hiding a loss
   * of digits, which would show as errors near {@code sqrt(eps)} or worse.
   */
  protected static final double RECONSTRUCTION_FACTOR = 10.0;

  /** Householder Q is orthonormal to rounding: {@code ||Q^T Q - I||_F <= c max(m, n) eps}. */
  protected static final double ORTHONORMALITY_FACTOR = 10.0;

  /** The backend under test; called once per test. */
  protected abstract LinearAlgebra backend();

  static Stream<Arguments> tallShapes() {
    return Stream.of(arguments(40, 7), arguments(9, 1), arguments(25, 24),
        arguments(3000, 60));
  }

  static Stream<Arguments> squareShapes() {
    return Stream.of(arguments(1, 1), arguments(2, 2), arguments(30, 30));
  }

  static Stream<Arguments> everyShape() {
    return Stream.concat(tallShapes(), squareShapes());
  }

  @ParameterizedTest(name = "{0} x {1}")
  @MethodSource("tallShapes")
  void reconstructsTallMatrices(int m, int n) {
    assertValidFactorization(TestMatrices.gaussian(m, n, seed(m, n)));
  }

  @ParameterizedTest(name = "{0} x {1}")
  @MethodSource("squareShapes")
  void reconstructsSquareMatrices(int m, int n) {
    assertValidFactorization(TestMatrices.gaussian(m, n, seed(m, n)));
  }

  @ParameterizedTest(name = "{0} x {1}")
  @MethodSource("everyShape")
  void factorsHaveThinShapes(int m, int n) {
    ThinQr qr = backend().qr(TestMatrices.gaussian(m, n, seed(m, n)));

    assertEquals(m + " x " + n, qr.q().shape(), "Q must be m x n");
    assertEquals(n + " x " + n, qr.r().shape(), "R must be n x n");
  }

  @ParameterizedTest(name = "{0} x {1}")
  @MethodSource("everyShape")
  void qHasOrthonormalColumns(int m, int n) {
    ThinQr qr = backend().qr(TestMatrices.gaussian(m, n, seed(m, n)));

    assertOrthonormal(qr.q(), m, n);
  }

  @ParameterizedTest(name = "{0} x {1}")
  @MethodSource("everyShape")
  void rIsUpperTriangular(int m, int n) {
    ThinQr qr = backend().qr(TestMatrices.gaussian(m, n, seed(m, n)));

    assertUpperTriangular(qr.r());
  }

  @ParameterizedTest(name = "{0} x {1}")
  @MethodSource("everyShape")
  void inputsAreUntouched(int m, int n) {
    Matrix a = TestMatrices.gaussian(m, n, seed(m, n));
    Matrix copy = a.copy();

    backend().qr(a);

    assertEquals(copy, a, "QR modified its input");
  }

  @Test
  void diagonalOfRCarriesTheFirstColumnNorm() {
    Matrix a = TestMatrices.gaussian(20, 5, 3);
    double norm = Math.sqrt(TestMatrices.product(a, Transpose.YES, a, Transpose.NO).get(0, 0));

    ThinQr qr = backend().qr(a);

    // |R_00| = ||a_0||: Q's first column is a_0 up to sign and scale.
    assertEquals(norm, Math.abs(qr.r().get(0, 0)),
        TestMatrices.scaledTolerance(RECONSTRUCTION_FACTOR, 20, 5) * norm);
  }

  @Test
  void handlesDuplicatedColumns() {
    Matrix a = TestMatrices.withColumnCopied(TestMatrices.gaussian(50, 8, 5), 2, 5);
    assertValidFactorization(a);
  }

  @Test
  void handlesAZeroColumn() {
    assertValidFactorization(TestMatrices.withZeroColumn(TestMatrices.gaussian(50, 8, 6), 3));
    assertValidFactorization(TestMatrices.withZeroColumn(TestMatrices.gaussian(50, 8, 7), 0));
    assertValidFactorization(TestMatrices.withZeroColumn(TestMatrices.gaussian(50, 8, 8), 7));
  }

  @ParameterizedTest(name = "{0} x {1}")
  @MethodSource("everyShape")
  void allZeroInputGivesOrthonormalQAndZeroR(int m, int n) {
    ThinQr qr = backend().qr(Matrix.zeros(m, n));

    assertTrue(TestMatrices.allFinite(qr.q()), "Q of a zero matrix holds NaN or infinity");
    assertOrthonormal(qr.q(), m, n);
    assertEquals(Matrix.zeros(n, n), qr.r(), "R of a zero matrix must be zero");
  }

  @Test
  void emptyInputGivesEmptyFactors() {
    ThinQr noColumns = backend().qr(Matrix.zeros(4, 0));
    ThinQr nothing = backend().qr(Matrix.zeros(0, 0));

    assertEquals("4 x 0", noColumns.q().shape());
    assertEquals("0 x 0", noColumns.r().shape());
    assertEquals("0 x 0", nothing.q().shape());
    assertEquals("0 x 0", nothing.r().shape());
  }

  @Test
  void rejectsWideMatrices() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> backend().qr(Matrix.zeros(13, 25)));

    String message = String.valueOf(e.getMessage());
    assertTrue(message.contains("13") && message.contains("25"),
        "the message should name both dimensions of the 13 x 25 input: " + message);
  }

  private void assertValidFactorization(Matrix a) {
    int m = a.rows();
    int n = a.cols();
    Matrix copy = a.copy();

    ThinQr qr = backend().qr(a);

    assertEquals(copy, a, "QR modified its input");
    assertEquals(m + " x " + n, qr.q().shape(), "Q must be m x n");
    assertEquals(n + " x " + n, qr.r().shape(), "R must be n x n");
    assertOrthonormal(qr.q(), m, n);
    assertUpperTriangular(qr.r());
    Matrix product = TestMatrices.product(qr.q(), Transpose.NO, qr.r(), Transpose.NO);
    double error = TestMatrices.distance(a, product) / TestMatrices.frobenius(a);
    double tolerance = TestMatrices.scaledTolerance(RECONSTRUCTION_FACTOR, m, n);
    assertTrue(error <= tolerance, "||A - QR|| / ||A|| = " + error + " for a " + a.shape()
        + " matrix, allowed " + tolerance);
  }

  private static void assertOrthonormal(Matrix q, int m, int n) {
    double error = TestMatrices.orthonormalityError(q);
    double tolerance = TestMatrices.scaledTolerance(ORTHONORMALITY_FACTOR, m, n);
    assertTrue(error <= tolerance, "||Q^T Q - I|| = " + error + " for a " + m + " x " + n
        + " input, allowed " + tolerance);
  }

  private static void assertUpperTriangular(Matrix r) {
    for (int i = 0; i < r.rows(); i++) {
      for (int j = 0; j < i; j++) {
        assertEquals(0.0, r.get(i, j), 0.0, "R(" + i + ", " + j + ") is below the diagonal");
      }
    }
  }

  private static long seed(int m, int n) {
    return 7919L * m + n;
  }
}
