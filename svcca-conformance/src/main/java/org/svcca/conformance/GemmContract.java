package org.svcca.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.svcca.spi.LinearAlgebra;
import org.svcca.spi.Matrix;
import org.svcca.spi.Transpose;

/**
 * What every backend's {@link LinearAlgebra#gemm}, {@link LinearAlgebra#multiply} and
 * {@link LinearAlgebra#gram} must satisfy. A backend's test extends this class and supplies
 * {@link #backend()}.
 *
 * <p>Results are compared element by element with a triple-loop reference. The bound is the
 * classical one for a sum of k products: {@code |fl(C) - C| <= k eps (|alpha| |A||B| +
 * |beta| |C|)}, where {@code |A||B|} multiplies absolute values; the reference carries an
 * error of the same size, hence the factor 2 of {@link #GEMM_ERROR_FACTOR}.
 */
public abstract class GemmContract {

  /**
   * Multiple of {@code (k + 2) eps (|alpha| |A||B| + |beta| |C|)} allowed per element: 1 for
   * the backend's rounding (k additions, plus the products by alpha and beta), 1 for the
   * reference's.
   */
  protected static final double GEMM_ERROR_FACTOR = 2.0;

  /** The backend under test; called once per test. */
  protected abstract LinearAlgebra backend();

  static Stream<Arguments> everyTransposeAndScaling() {
    List<Arguments> cases = new ArrayList<>();
    for (Transpose transA : Transpose.values()) {
      for (Transpose transB : Transpose.values()) {
        for (double alpha : new double[] {1.0, -0.5, 2.5, 0.0}) {
          for (double beta : new double[] {0.0, 1.0, -1.5}) {
            cases.add(arguments(transA, transB, alpha, beta));
          }
        }
      }
    }
    return cases.stream();
  }

  static Stream<Arguments> everyTranspose() {
    List<Arguments> cases = new ArrayList<>();
    for (Transpose transA : Transpose.values()) {
      for (Transpose transB : Transpose.values()) {
        cases.add(arguments(transA, transB));
      }
    }
    return cases.stream();
  }

  /** Shapes (m, k, n) with odd sizes, single rows, single columns and a single inner term. */
  static Stream<Arguments> smallShapes() {
    return Stream.of(arguments(7, 5, 3), arguments(1, 6, 4), arguments(5, 6, 1),
        arguments(4, 1, 6), arguments(1, 1, 1), arguments(13, 17, 11));
  }

  @ParameterizedTest(name = "op(A) = {0}, op(B) = {1}, alpha = {2}, beta = {3}")
  @MethodSource("everyTransposeAndScaling")
  void agreesWithTripleLoopForEveryTransposeAndScaling(Transpose transA, Transpose transB,
      double alpha, double beta) {
    smallShapes().forEach(shape -> {
      Object[] s = shape.get();
      assertGemmMatchesReference((int) s[0], (int) s[1], (int) s[2], transA, transB, alpha,
          beta);
    });
  }

  /** Sizes large enough that backends switch to their blocked or multi-threaded kernels. */
  @ParameterizedTest(name = "op(A) = {0}, op(B) = {1}")
  @MethodSource("everyTranspose")
  void agreesWithTripleLoopOnLargeProducts(Transpose transA, Transpose transB) {
    assertGemmMatchesReference(150, 130, 120, transA, transB, 1.0, 0.0);
    assertGemmMatchesReference(150, 130, 120, transA, transB, -0.75, 0.5);
    assertGemmMatchesReference(1000, 40, 30, transA, transB, 1.0, 1.0);
  }

  @ParameterizedTest(name = "op(A) = {0}, op(B) = {1}")
  @MethodSource("everyTranspose")
  void betaZeroIgnoresNanInC(Transpose transA, Transpose transB) {
    for (int[] shape : new int[][] {{7, 5, 3}, {150, 130, 120}}) {
      Matrix a = operand(shape[0], shape[1], transA, 11);
      Matrix b = operand(shape[1], shape[2], transB, 12);
      Matrix c = Matrix.zeros(shape[0], shape[2]);
      Arrays.fill(c.data(), Double.NaN);

      backend().gemm(1.0, a, transA, b, transB, 0.0, c);

      assertTrue(TestMatrices.allFinite(c), "NaN in C leaked through beta = 0 for a "
          + shape[0] + " x " + shape[2] + " product");
      assertWithinGemmBound(TestMatrices.product(a, transA, b, transB), c, a, transA, b, transB,
          1.0, 0.0, Matrix.zeros(shape[0], shape[2]));
    }
  }

  @Test
  void betaOneAddsTheProductToC() {
    Matrix a = TestMatrices.gaussian(6, 4, 21);
    Matrix b = TestMatrices.gaussian(4, 5, 22);
    Matrix c = TestMatrices.gaussian(6, 5, 23);
    Matrix expected = TestMatrices.product(a, Transpose.NO, b, Transpose.NO);
    for (int i = 0; i < expected.data().length; i++) {
      expected.data()[i] += c.data()[i];
    }

    backend().gemm(1.0, a, Transpose.NO, b, Transpose.NO, 1.0, c);

    assertTrue(TestMatrices.distance(expected, c) <= 1e-14 * TestMatrices.frobenius(expected),
        "C + A B differs from the reference by " + TestMatrices.distance(expected, c));
  }

  @Test
  void emptyInnerDimensionOnlyScalesC() {
    Matrix a = Matrix.zeros(3, 0);
    Matrix b = Matrix.zeros(0, 4);
    Matrix c = TestMatrices.gaussian(3, 4, 31);
    Matrix expected = TestMatrices.scaled(c, -2.0);

    backend().gemm(1.5, a, Transpose.NO, b, Transpose.NO, -2.0, c);

    assertEquals(expected, c, "with k = 0, C must become beta C exactly");
  }

  @Test
  void emptyOutputIsAccepted() {
    Matrix c = Matrix.zeros(0, 4);
    backend().gemm(1.0, Matrix.zeros(0, 3), Transpose.NO, Matrix.zeros(3, 4), Transpose.NO, 0.0,
        c);
    assertEquals(Matrix.zeros(0, 4), c);
  }

  @ParameterizedTest(name = "op(A) = {0}, op(B) = {1}")
  @MethodSource("everyTranspose")
  void inputsAreUntouched(Transpose transA, Transpose transB) {
    for (int[] shape : new int[][] {{7, 5, 3}, {150, 130, 120}}) {
      Matrix a = operand(shape[0], shape[1], transA, 41);
      Matrix b = operand(shape[1], shape[2], transB, 42);
      Matrix aCopy = a.copy();
      Matrix bCopy = b.copy();

      backend().gemm(0.5, a, transA, b, transB, 2.0, TestMatrices.gaussian(shape[0], shape[2],
          43));

      assertEquals(aCopy, a, "GEMM modified A");
      assertEquals(bCopy, b, "GEMM modified B");
    }
  }

  @Test
  void rejectsNonConformingShapes() {
    LinearAlgebra backend = backend();
    Matrix a = Matrix.zeros(4, 3);
    Matrix b = Matrix.zeros(5, 2);

    IllegalArgumentException inner = assertThrows(IllegalArgumentException.class,
        () -> backend.gemm(1.0, a, Transpose.NO, b, Transpose.NO, 0.0, Matrix.zeros(4, 2)));
    IllegalArgumentException output = assertThrows(IllegalArgumentException.class,
        () -> backend.gemm(1.0, a, Transpose.NO, Matrix.zeros(3, 2), Transpose.NO, 0.0,
            Matrix.zeros(2, 4)));
    assertThrows(IllegalArgumentException.class,
        () -> backend.gemm(1.0, a, Transpose.YES, b, Transpose.NO, 0.0, Matrix.zeros(3, 2)));

    assertMentionsShapes(inner.getMessage(), "4 x 3", "5 x 2");
    assertMentionsShapes(output.getMessage(), "2 x 4");
  }

  @Test
  void rejectsOutputSharingStorageWithAnInput() {
    Matrix a = TestMatrices.gaussian(4, 4, 51);
    Matrix b = TestMatrices.gaussian(4, 4, 52);
    assertThrows(IllegalArgumentException.class,
        () -> backend().gemm(1.0, a, Transpose.NO, b, Transpose.NO, 0.0, a));
  }

  @ParameterizedTest(name = "op(A) = {0}, op(B) = {1}")
  @MethodSource("everyTranspose")
  void multiplyReturnsTheProduct(Transpose transA, Transpose transB) {
    Matrix a = operand(9, 6, transA, 61);
    Matrix b = operand(6, 8, transB, 62);

    Matrix product = backend().multiply(a, transA, b, transB);

    assertEquals(9, product.rows());
    assertEquals(8, product.cols());
    assertWithinGemmBound(TestMatrices.product(a, transA, b, transB), product, a, transA, b,
        transB, 1.0, 0.0, Matrix.zeros(9, 8));
  }

  static Stream<Arguments> gramShapes() {
    return Stream.of(arguments(6, 4), arguments(4, 6), arguments(1, 5), arguments(5, 1),
        arguments(3000, 60), arguments(40, 300));
  }

  @ParameterizedTest(name = "{0} x {1}")
  @MethodSource("gramShapes")
  void gramIsExactlySymmetricAndMatchesReference(int m, int n) {
    Matrix a = TestMatrices.gaussian(m, n, 71 + m);
    Matrix copy = a.copy();

    Matrix gram = backend().gram(a);

    assertEquals(copy, a, "gram modified A");
    assertEquals(n, gram.rows());
    assertEquals(n, gram.cols());
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        assertEquals(gram.get(j, i), gram.get(i, j), 0.0,
            "A^T A is not exactly symmetric at (" + i + ", " + j + ")");
      }
    }
    assertWithinGemmBound(TestMatrices.product(a, Transpose.YES, a, Transpose.NO), gram, a,
        Transpose.YES, a, Transpose.NO, 1.0, 0.0, Matrix.zeros(n, n));
  }

  @Test
  void gramOfEmptyMatricesIsZero() {
    assertEquals(Matrix.zeros(3, 3), backend().gram(Matrix.zeros(0, 3)));
    assertEquals(Matrix.zeros(0, 0), backend().gram(Matrix.zeros(4, 0)));
  }

  /** A matrix that is m x k after {@code trans}: stored k x m when transposed. */
  private static Matrix operand(int m, int k, Transpose trans, long seed) {
    return trans == Transpose.NO
        ? TestMatrices.gaussian(m, k, seed)
        : TestMatrices.gaussian(k, m, seed);
  }

  private void assertGemmMatchesReference(int m, int k, int n, Transpose transA,
      Transpose transB, double alpha, double beta) {
    long seed = 1000L * m + 100L * k + n;
    Matrix a = operand(m, k, transA, seed);
    Matrix b = operand(k, n, transB, seed + 1);
    Matrix c0 = TestMatrices.gaussian(m, n, seed + 2);
    Matrix c = c0.copy();

    backend().gemm(alpha, a, transA, b, transB, beta, c);

    Matrix expected = TestMatrices.product(a, transA, b, transB);
    for (int i = 0; i < expected.data().length; i++) {
      expected.data()[i] = alpha * expected.data()[i] + beta * c0.data()[i];
    }
    assertWithinGemmBound(expected, c, a, transA, b, transB, alpha, beta, c0);
  }

  /** Checks every element against the rounding bound described on this class. */
  private static void assertWithinGemmBound(Matrix expected, Matrix actual, Matrix a,
      Transpose transA, Matrix b, Transpose transB, double alpha, double beta, Matrix c0) {
    int m = expected.rows();
    int n = expected.cols();
    int k = transA.colsOf(a);
    assertEquals(m, actual.rows(), "rows of C");
    assertEquals(n, actual.cols(), "columns of C");
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        double magnitude = 0.0;
        for (int p = 0; p < k; p++) {
          magnitude += Math.abs(TestMatrices.entry(a, transA, i, p)
              * TestMatrices.entry(b, transB, p, j));
        }
        double bound = GEMM_ERROR_FACTOR * (k + 2) * TestMatrices.EPS
            * (Math.abs(alpha) * magnitude + Math.abs(beta * c0.get(i, j)));
        double error = Math.abs(actual.get(i, j) - expected.get(i, j));
        if (!(error <= bound)) {
          fail("C(" + i + ", " + j + ") of a " + m + " x " + k + " x " + n + " product is "
              + actual.get(i, j) + ", expected " + expected.get(i, j) + " within " + bound);
        }
      }
    }
  }

  private static void assertMentionsShapes(String message, String... shapes) {
    for (String shape : shapes) {
      assertTrue(message != null && message.contains(shape),
          "the message should name the shape " + shape + ": " + message);
    }
  }
}
