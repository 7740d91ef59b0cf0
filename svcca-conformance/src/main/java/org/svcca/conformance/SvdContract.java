package org.svcca.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.svcca.spi.LinearAlgebra;
import org.svcca.spi.Matrix;
import org.svcca.spi.SvdParts;
import org.svcca.spi.ThinSvd;
import org.svcca.spi.Transpose;

/**
 * What every backend's thin SVD {@code A = U diag(s) V^T} (A m x n, {@code k = min(m, n)}, U
 * m x k, V n x k, s descending and non-negative) must satisfy. A backend's test extends this
 * class and supplies {@link #backend()}.
 *
 * <p>Only properties are checked, never raw factors: singular vectors are defined up to sign,
 * and up to a rotation where singular values repeat, and backends choose differently.
 */
public abstract class SvdContract {

  /**
   * A backward-stable SVD reconstructs to {@code ||A - U S V^T||_F <= c max(m, n) eps ||A||_F}
   * with c of order 1. 10 leaves room for the rounding of the check itself; a loss of digits
   * would show as errors near {@code sqrt(eps)} or worse.
   */
  protected static final double RECONSTRUCTION_FACTOR = 10.0;

  /** Computed singular vectors are orthonormal to {@code c max(m, n) eps} in Frobenius norm. */
  protected static final double ORTHONORMALITY_FACTOR = 10.0;

  /**
   * By Weyl's inequality each computed singular value is within the backward error,
   * {@code c max(m, n) eps s_max}, of the exact one; the test matrices are built with an error
   * of the same order.
   */
  protected static final double SINGULAR_VALUE_FACTOR = 10.0;

  /** The backend under test; called once per test. */
  protected abstract LinearAlgebra backend();

  static Stream<Arguments> tallShapes() {
    return Stream.of(arguments(40, 7), arguments(9, 1), arguments(12, 10), arguments(300, 20),
        arguments(3000, 60));
  }

  static Stream<Arguments> wideShapes() {
    return Stream.of(arguments(7, 40), arguments(1, 9), arguments(10, 12), arguments(20, 300),
        arguments(60, 1000));
  }

  static Stream<Arguments> squareShapes() {
    return Stream.of(arguments(1, 1), arguments(2, 2), arguments(30, 30));
  }

  static Stream<Arguments> everyShape() {
    return Stream.of(tallShapes(), wideShapes(), squareShapes()).flatMap(s -> s);
  }

  @ParameterizedTest(name = "{0} x {1}")
  @MethodSource("tallShapes")
  void reconstructsTallMatrices(int m, int n) {
    assertValidDecomposition(TestMatrices.gaussian(m, n, seed(m, n)));
  }

  @ParameterizedTest(name = "{0} x {1}")
  @MethodSource("wideShapes")
  void reconstructsWideMatrices(int m, int n) {
    assertValidDecomposition(TestMatrices.gaussian(m, n, seed(m, n)));
  }

  @ParameterizedTest(name = "{0} x {1}")
  @MethodSource("squareShapes")
  void reconstructsSquareMatrices(int m, int n) {
    assertValidDecomposition(TestMatrices.gaussian(m, n, seed(m, n)));
  }

  @ParameterizedTest(name = "{0} x {1}")
  @MethodSource("everyShape")
  void factorsHaveThinShapes(int m, int n) {
    ThinSvd svd = backend().svd(TestMatrices.gaussian(m, n, seed(m, n)), SvdParts.BOTH);

    int k = Math.min(m, n);
    assertEquals(k, svd.singularValues().length, "s must hold min(m, n) values");
    assertEquals(m + " x " + k, svd.u().shape(), "U must be m x k");
    assertEquals(n + " x " + k, svd.v().shape(), "V must be n x k");
  }

  @ParameterizedTest(name = "{0} x {1}")
  @MethodSource("everyShape")
  void leftVectorsAreOrthonormal(int m, int n) {
    ThinSvd svd = backend().svd(TestMatrices.gaussian(m, n, seed(m, n)), SvdParts.BOTH);

    assertOrthonormal("U", svd.u(), m, n);
  }

  @ParameterizedTest(name = "{0} x {1}")
  @MethodSource("everyShape")
  void rightVectorsAreOrthonormal(int m, int n) {
    ThinSvd svd = backend().svd(TestMatrices.gaussian(m, n, seed(m, n)), SvdParts.BOTH);

    assertOrthonormal("V", svd.v(), m, n);
  }

  @ParameterizedTest(name = "{0} x {1}")
  @MethodSource("everyShape")
  void singularValuesDescendAndAreNonNegative(int m, int n) {
    for (SvdParts parts : SvdParts.values()) {
      double[] s = backend().svd(TestMatrices.gaussian(m, n, seed(m, n)), parts)
          .singularValues();

      assertDescendingAndNonNegative(s, parts);
    }
  }

  @ParameterizedTest(name = "{0} x {1}")
  @MethodSource("everyShape")
  void inputsAreUntouched(int m, int n) {
    for (SvdParts parts : SvdParts.values()) {
      Matrix a = TestMatrices.gaussian(m, n, seed(m, n));
      Matrix copy = a.copy();

      backend().svd(a, parts);

      assertEquals(copy, a, "SVD with " + parts + " modified its input");
    }
  }

  /**
   * Each request returns exactly the factors asked for, the same singular values, and factors
   * that are singular vectors: {@code ||A^T u_i|| = s_i} and {@code ||A v_i|| = s_i}.
   */
  @ParameterizedTest(name = "{0}")
  @EnumSource(SvdParts.class)
  void returnsExactlyTheRequestedParts(SvdParts parts) {
    for (int[] shape : new int[][] {{40, 7}, {7, 40}, {300, 20}, {20, 300}, {12, 12}}) {
      Matrix a = TestMatrices.gaussian(shape[0], shape[1], seed(shape[0], shape[1]));
      double[] reference = backend().svd(a, SvdParts.BOTH).singularValues();

      ThinSvd svd = backend().svd(a, parts);

      String where = parts + " on a " + a.shape() + " matrix";
      assertEquals(parts.wantsLeft(), svd.left().isPresent(), "U presence for " + where);
      assertEquals(parts.wantsRight(), svd.right().isPresent(), "V presence for " + where);
      assertSingularValuesMatch(reference, svd.singularValues(), shape[0], shape[1], where);
      if (parts.wantsLeft()) {
        assertOrthonormal("U", svd.u(), shape[0], shape[1]);
        assertColumnsMapToSingularValues(a, Transpose.YES, svd.u(), svd.singularValues(), where);
      }
      if (parts.wantsRight()) {
        assertOrthonormal("V", svd.v(), shape[0], shape[1]);
        assertColumnsMapToSingularValues(a, Transpose.NO, svd.v(), svd.singularValues(), where);
      }
    }
  }

  @Test
  void recoversKnownSingularValuesOfTallMatrices() {
    double[] s = geometric(12, 1.0, 0.5);
    assertRecovers(TestMatrices.withSingularValues(80, 12, s, 101), s);
    double[] t = geometric(20, 3.0, 0.7);
    assertRecovers(TestMatrices.withSingularValues(400, 20, t, 102), t);
  }

  @Test
  void recoversKnownSingularValuesOfWideMatrices() {
    double[] s = geometric(12, 1.0, 0.5);
    assertRecovers(TestMatrices.withSingularValues(12, 80, s, 103), s);
  }

  @Test
  void recoversKnownSingularValuesOfSquareMatrices() {
    double[] s = geometric(25, 100.0, 0.6);
    assertRecovers(TestMatrices.withSingularValues(25, 25, s, 104), s);
  }

  @Test
  void recoversRepeatedSingularValues() {
    double[] s = {5.0, 5.0, 5.0, 2.0, 2.0, 1.0};
    Matrix a = TestMatrices.withSingularValues(30, 6, s, 105);

    assertRecovers(a, s);
    assertValidDecomposition(a);
  }

  @Test
  void recoversExactZeroSingularValuesOfRankDeficientMatrices() {
    double[] s = {4.0, 3.0, 1.0, 0.0, 0.0};
    Matrix a = TestMatrices.withSingularValues(40, 5, s, 106);

    assertRecovers(a, s);
    assertValidDecomposition(a);
    assertValidDecomposition(a.transpose());
  }

  @Test
  void handlesDuplicatedColumns() {
    Matrix a = TestMatrices.withColumnCopied(TestMatrices.gaussian(50, 8, 107), 2, 5);

    double[] s = assertValidDecomposition(a);
    assertValidDecomposition(a.transpose());

    double tolerance = TestMatrices.scaledTolerance(SINGULAR_VALUE_FACTOR, 50, 8) * s[0];
    assertTrue(s[7] <= tolerance, "a repeated column leaves rank 7, yet s_8 = " + s[7]);
  }

  @Test
  void handlesAZeroColumn() {
    Matrix a = TestMatrices.withZeroColumn(TestMatrices.gaussian(50, 8, 108), 3);

    double[] s = assertValidDecomposition(a);
    assertValidDecomposition(a.transpose());

    double tolerance = TestMatrices.scaledTolerance(SINGULAR_VALUE_FACTOR, 50, 8) * s[0];
    assertTrue(s[7] <= tolerance, "a zero column leaves rank 7, yet s_8 = " + s[7]);
  }

  static Stream<Arguments> zeroShapes() {
    return Stream.of(arguments(12, 5), arguments(5, 12), arguments(6, 6), arguments(1, 4),
        arguments(300, 20));
  }

  @ParameterizedTest(name = "{0} x {1}")
  @MethodSource("zeroShapes")
  void allZeroInputGivesZeroValuesAndOrthonormalVectors(int m, int n) {
    ThinSvd svd = backend().svd(Matrix.zeros(m, n), SvdParts.BOTH);

    for (double value : svd.singularValues()) {
      assertEquals(0.0, value, 0.0, "a zero matrix has only zero singular values");
    }
    assertTrue(TestMatrices.allFinite(svd.u()), "U of a zero matrix holds NaN or infinity");
    assertTrue(TestMatrices.allFinite(svd.v()), "V of a zero matrix holds NaN or infinity");
    assertOrthonormal("U", svd.u(), m, n);
    assertOrthonormal("V", svd.v(), m, n);
  }

  static Stream<Arguments> emptyShapes() {
    return Stream.of(arguments(0, 4), arguments(4, 0), arguments(0, 0));
  }

  @ParameterizedTest(name = "{0} x {1}")
  @MethodSource("emptyShapes")
  void emptyInputGivesEmptyFactors(int m, int n) {
    ThinSvd svd = backend().svd(Matrix.zeros(m, n), SvdParts.BOTH);

    assertEquals(0, svd.singularValues().length);
    assertEquals(m + " x 0", svd.u().shape());
    assertEquals(n + " x 0", svd.v().shape());
  }

  @Test
  void singleRowHasItsNormAsSingularValue() {
    Matrix row = TestMatrices.gaussian(1, 9, 109);

    double[] s = assertValidDecomposition(row);

    double norm = TestMatrices.frobenius(row);
    assertEquals(norm, s[0], TestMatrices.scaledTolerance(SINGULAR_VALUE_FACTOR, 1, 9) * norm);
  }

  @Test
  void singleColumnHasItsNormAsSingularValue() {
    Matrix column = TestMatrices.gaussian(9, 1, 110);

    double[] s = assertValidDecomposition(column);

    double norm = TestMatrices.frobenius(column);
    assertEquals(norm, s[0], TestMatrices.scaledTolerance(SINGULAR_VALUE_FACTOR, 9, 1) * norm);
  }

  /** Far from 1 in either direction, squares of the entries would over- or underflow. */
  @ParameterizedTest(name = "scale {0}")
  @ValueSource(doubles = {1e-150, 1e150})
  void extremeScalesNeitherOverflowNorUnderflow(double scale) {
    double[] s = geometric(6, 2.0, 0.5);
    Matrix a = TestMatrices.scaled(TestMatrices.withSingularValues(30, 6, s, 111), scale);
    double[] expected = TestMatrices.scaled(Matrix.wrap(1, 6, s.clone()), scale).data();

    assertRecovers(a, expected);
    assertValidDecomposition(a);
  }

  /** Checks every property of a full decomposition of {@code a}; returns s. */
  private double[] assertValidDecomposition(Matrix a) {
    int m = a.rows();
    int n = a.cols();
    Matrix copy = a.copy();

    ThinSvd svd = backend().svd(a, SvdParts.BOTH);

    assertEquals(copy, a, "SVD modified its input");
    double[] s = svd.singularValues();
    assertEquals(Math.min(m, n), s.length, "s must hold min(m, n) values");
    assertDescendingAndNonNegative(s, SvdParts.BOTH);
    assertOrthonormal("U", svd.u(), m, n);
    assertOrthonormal("V", svd.v(), m, n);
    double error = TestMatrices.reconstructionError(a, svd.u(), s, svd.v());
    double tolerance = TestMatrices.scaledTolerance(RECONSTRUCTION_FACTOR, m, n);
    assertTrue(error <= tolerance, "||A - U S V^T|| / ||A|| = " + error + " for a " + a.shape()
        + " matrix, allowed " + tolerance);
    return s;
  }

  private void assertRecovers(Matrix a, double[] expected) {
    double[] actual = backend().svd(a, SvdParts.VALUES_ONLY).singularValues();
    assertSingularValuesMatch(expected, actual, a.rows(), a.cols(), "a " + a.shape()
        + " matrix of known singular values");
  }

  private static void assertSingularValuesMatch(double[] expected, double[] actual, int m, int n,
      String where) {
    assertEquals(expected.length, actual.length, "number of singular values of " + where);
    double largest = expected.length == 0 ? 0.0 : Math.abs(expected[0]);
    double tolerance = TestMatrices.scaledTolerance(SINGULAR_VALUE_FACTOR, m, n) * largest;
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], actual[i], tolerance, "s_" + i + " of " + where);
    }
  }

  private static void assertDescendingAndNonNegative(double[] s, SvdParts parts) {
    for (int i = 0; i < s.length; i++) {
      assertTrue(s[i] >= 0.0 && Double.compare(s[i], -0.0) != 0,
          "s_" + i + " = " + s[i] + " is negative (" + parts + ")");
      if (i > 0) {
        assertTrue(s[i] <= s[i - 1],
            "s_" + i + " = " + s[i] + " exceeds s_" + (i - 1) + " = " + s[i - 1]);
      }
    }
  }

  private static void assertOrthonormal(String name, Matrix q, int m, int n) {
    double error = TestMatrices.orthonormalityError(q);
    double tolerance = TestMatrices.scaledTolerance(ORTHONORMALITY_FACTOR, m, n);
    assertTrue(error <= tolerance, "||" + name + "^T " + name + " - I|| = " + error + " for a "
        + m + " x " + n + " input, allowed " + tolerance);
  }

  /** {@code ||op(A) w_i|| = s_i} for each column w_i of W. */
  private static void assertColumnsMapToSingularValues(Matrix a, Transpose trans, Matrix w,
      double[] s, String where) {
    Matrix image = TestMatrices.product(a, trans, w, Transpose.NO);
    double tolerance = TestMatrices.scaledTolerance(RECONSTRUCTION_FACTOR, a.rows(), a.cols())
        * TestMatrices.frobenius(a);
    for (int i = 0; i < s.length; i++) {
      double norm = TestMatrices.frobenius(Matrix.wrap(image.rows(), 1, image.column(i)));
      assertEquals(s[i], norm, tolerance, "||op(A) w_" + i + "|| for " + where);
    }
  }

  /** {@code first, first * ratio, first * ratio^2, ...}: a spread spectrum. */
  private static double[] geometric(int count, double first, double ratio) {
    double[] s = new double[count];
    for (int i = 0; i < count; i++) {
      s[i] = first * Math.pow(ratio, i);
    }
    return s;
  }

  private static long seed(int m, int n) {
    return 104729L * m + n;
  }
}
