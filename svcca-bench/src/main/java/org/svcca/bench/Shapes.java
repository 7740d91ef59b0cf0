package org.svcca.bench;

import java.util.Random;
import org.svcca.Backends;
import org.svcca.spi.LinearAlgebra;
import org.svcca.spi.Matrix;

/** Benchmark inputs: shapes written {@code ROWSxCOLS}, seeded data, backends by id. */
final class Shapes {

  private Shapes() {}

  static int rows(String shape) {
    return Integer.parseInt(shape.substring(0, shape.indexOf('x')));
  }

  static int cols(String shape) {
    return Integer.parseInt(shape.substring(shape.indexOf('x') + 1));
  }

  /** Gaussian entries from a fixed seed, so every backend sees the same matrix. */
  static Matrix gaussian(int rows, int cols, long seed) {
    Random random = new Random(seed);
    double[] data = new double[rows * cols];
    for (int i = 0; i < data.length; i++) {
      data[i] = random.nextGaussian();
    }
    return Matrix.wrap(rows, cols, data);
  }

  /**
   * Two layers that read a shared latent of {@code cols / 8} dimensions with decaying
   * strength, plus noise, through a ReLU: SVCCA keeps a realistic share of directions.
   */
  static Matrix[] relatedLayers(int rows, int cols, long seed) {
    Random random = new Random(seed);
    int latentDims = Math.max(8, cols / 8);
    double[] latent = new double[rows * latentDims];
    for (int i = 0; i < rows; i++) {
      for (int k = 0; k < latentDims; k++) {
        latent[i * latentDims + k] = random.nextGaussian() / Math.sqrt(k + 1.0);
      }
    }
    Matrix[] out = new Matrix[2];
    for (int side = 0; side < 2; side++) {
      double[] weights = new double[latentDims * cols];
      for (int i = 0; i < weights.length; i++) {
        weights[i] = random.nextGaussian();
      }
      double[] layer = new double[rows * cols];
      for (int i = 0; i < rows; i++) {
        for (int k = 0; k < latentDims; k++) {
          double z = latent[i * latentDims + k];
          for (int j = 0; j < cols; j++) {
            layer[i * cols + j] += z * weights[k * cols + j];
          }
        }
        for (int j = 0; j < cols; j++) {
          int at = i * cols + j;
          layer[at] = Math.max(0.0, layer[at] + 0.3 * random.nextGaussian());
        }
      }
      out[side] = Matrix.wrap(rows, cols, layer);
    }
    return out;
  }

  /**
   * The backend with this id.
   *
   * @throws IllegalStateException naming the reason if it cannot run here, which JMH reports
   *     for that parameter value before going on with the others
   */
  static LinearAlgebra backend(String id) {
    return Backends.discover().select(id);
  }
}
