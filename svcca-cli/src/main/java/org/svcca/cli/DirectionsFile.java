package org.svcca.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.svcca.CanonicalDirections;
import org.svcca.io.NdArray;
import org.svcca.io.NumpyWriter;
import org.svcca.spi.Matrix;

/**
 * The {@code --directions} archive: one {@code .npz} whose array names are part of the
 * command line's contract.
 *
 * <pre>
 *   a_mean, b_mean                 (neurons,)       centring applied before the weights
 *   a_weights, b_weights           (neurons, m)     (x - mean) @ weights = variates
 *   a_variates, b_variates         (datapoints, m)  unit-norm canonical variates
 *   a_basis, b_basis               (neurons, k)     kept right singular vectors
 *   a_singular_values, b_...       (k,)             kept singular values
 *   correlations                   (m,)             canonical correlations, descending
 * </pre>
 */
final class DirectionsFile {

  private DirectionsFile() {}

  static void write(Path file, CanonicalDirections d) {
    Map<String, NdArray> arrays = new LinkedHashMap<>();
    arrays.put("a_mean", vector(d.meanA()));
    arrays.put("b_mean", vector(d.meanB()));
    arrays.put("a_weights", matrix(d.weightsA()));
    arrays.put("b_weights", matrix(d.weightsB()));
    arrays.put("a_variates", matrix(d.variatesA()));
    arrays.put("b_variates", matrix(d.variatesB()));
    arrays.put("a_basis", matrix(d.basisA()));
    arrays.put("b_basis", matrix(d.basisB()));
    arrays.put("a_singular_values", vector(d.singularValuesA()));
    arrays.put("b_singular_values", vector(d.singularValuesB()));
    arrays.put("correlations", vector(d.correlations()));
    NumpyWriter.writeNpz(file, arrays);
  }

  private static NdArray vector(double[] values) {
    return new NdArray(new int[] {values.length}, values);
  }

  private static NdArray matrix(Matrix m) {
    return new NdArray(new int[] {m.rows(), m.cols()}, m.data());
  }
}
