package org.svcca.backend.ejml;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.svcca.spi.Matrix;

/** Zero-copy conversions between {@link Matrix} and EJML's row-major {@link DMatrixRMaj}. */
final class RowMajor {

  private RowMajor() {}

  /** An EJML view sharing the matrix's array: writes through the view change the matrix. */
  static DMatrixRMaj view(Matrix matrix) {
    return DMatrixRMaj.wrap(matrix.rows(), matrix.cols(), matrix.data());
  }

  /**
   * A {@link Matrix} adopting EJML's array. EJML may keep a longer array after a reshape; only
   * then is the used prefix copied.
   */
  static Matrix adopt(DMatrixRMaj matrix) {
    int length = matrix.numRows * matrix.numCols;
    double[] data = matrix.data.length == length ? matrix.data : Arrays.copyOf(matrix.data, length);
    return Matrix.wrap(matrix.numRows, matrix.numCols, data);
  }
}
