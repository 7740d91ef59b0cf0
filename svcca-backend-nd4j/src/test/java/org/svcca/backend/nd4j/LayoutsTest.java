package org.svcca.backend.nd4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.svcca.conformance.TestMatrices;
import org.svcca.spi.Matrix;

/** The copies between {@link Matrix} and ND4J arrays: every order, views, odd sizes. */
class LayoutsTest {

  @BeforeAll
  static void startNd4j() {
    new Nd4jProvider().create();
  }

  @Test
  void blockedTransposeMatchesTheElementwiseOne() {
    for (int[] shape : new int[][] {{33, 70}, {1, 5}, {5, 1}, {64, 64}, {0, 3}}) {
      Matrix a = TestMatrices.gaussian(shape[0], shape[1], 3);

      double[] t = Layouts.transpose(a.data(), a.rows(), a.cols());

      assertArrayEquals(a.transpose().data(), t, 0.0, a.shape());
    }
  }

  @Test
  void bothOrdersRoundTripExactly() {
    Matrix a = TestMatrices.gaussian(37, 11, 4);

    INDArray c = Layouts.rowMajor(a);
    INDArray f = Layouts.columnMajor(a);
    INDArray t = Layouts.transposedColumnMajor(a);

    assertEquals(a, Layouts.toMatrix(c));
    assertEquals(a, Layouts.toMatrix(f));
    assertEquals(a.transpose(), Layouts.toMatrix(t));
    assertEquals(a.transpose(), Layouts.transposeToMatrix(c));
    assertEquals(a.transpose(), Layouts.transposeToMatrix(f));
    assertEquals(a, Layouts.transposeToMatrix(t));
    Layouts.release(c, f, t);
  }

  @Test
  void viewsAreReadAsTheirOwnElementsOnly() {
    Matrix a = TestMatrices.gaussian(9, 6, 5);
    INDArray f = Layouts.columnMajor(a);

    INDArray rows = f.get(NDArrayIndex.interval(2, 5), NDArrayIndex.all());
    double[] target = new double[3 * 6];
    Layouts.copyInto(rows, target);

    double[] expected = new double[3 * 6];
    System.arraycopy(a.data(), 2 * 6, expected, 0, expected.length);
    assertArrayEquals(expected, Layouts.toMatrix(rows).data(), 0.0);
    assertArrayEquals(expected, target, 0.0);
    Layouts.release(f);
  }
}
