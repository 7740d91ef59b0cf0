package org.svcca.conformance;

import java.util.Random;
import org.svcca.spi.Matrix;

/**
 * Seeded synthetic activations for similarity tests: Gaussian noise, noisy linear views of a
 * shared latent, invertible and orthogonal maps, one-hot codes.
 */
public final class SyntheticLayers {

  private final Random random;

  public SyntheticLayers(long seed) {
    this.random = new Random(seed);
  }

  /** Independent standard normal entries. */
  public Matrix gaussian(int rows, int cols) {
    double[] data = new double[rows * cols];
    for (int i = 0; i < data.length; i++) {
      data[i] = random.nextGaussian();
    }
    return Matrix.wrap(rows, cols, data);
  }

  /** {@code latent * mixing + noiseScale * noise}: a layer that sees the latent linearly. */
  public Matrix view(Matrix latent, int neurons, double noiseScale) {
    Matrix mixing = gaussian(latent.cols(), neurons);
    Matrix out = multiply(latent, mixing);
    double[] d = out.data();
    for (int i = 0; i < d.length; i++) {
      d[i] += noiseScale * random.nextGaussian();
    }
    return out;
  }

  /** A d x d matrix with singular values spread over [1, condition]: invertible by design. */
  public Matrix invertible(int d, double condition) {
    Matrix q1 = orthogonal(d);
    Matrix q2 = orthogonal(d);
    Matrix scaled = q1.copy();
    for (int j = 0; j < d; j++) {
      double s = Math.pow(condition, d == 1 ? 0.0 : (double) j / (d - 1));
      for (int i = 0; i < d; i++) {
        scaled.set(i, j, scaled.get(i, j) * s);
      }
    }
    return multiply(scaled, q2.transpose());
  }

  /** {@code x M + offset}: an invertible linear map of the given condition plus a shift. */
  public Matrix affine(Matrix x, double condition) {
    Matrix mapped = multiply(x, invertible(x.cols(), condition));
    double[] offset = new double[x.cols()];
    for (int j = 0; j < offset.length; j++) {
      offset[j] = 5.0 * (j + 1);
    }
    return shifted(mapped, offset);
  }

  /** A random orthogonal d x d matrix by Gram-Schmidt on Gaussian columns. */
  public Matrix orthogonal(int d) {
    Matrix g = gaussian(d, d);
    for (int j = 0; j < d; j++) {
      for (int k = 0; k < j; k++) {
        double dot = 0.0;
        for (int i = 0; i < d; i++) {
          dot += g.get(i, j) * g.get(i, k);
        }
        for (int i = 0; i < d; i++) {
          g.set(i, j, g.get(i, j) - dot * g.get(i, k));
        }
      }
      double norm = 0.0;
      for (int i = 0; i < d; i++) {
        norm += g.get(i, j) * g.get(i, j);
      }
      norm = Math.sqrt(norm);
      for (int i = 0; i < d; i++) {
        g.set(i, j, g.get(i, j) / norm);
      }
    }
    return g;
  }

  /** One-hot codes of {@code rows} labels cycling through {@code classes} classes. */
  public Matrix oneHot(int rows, int classes) {
    Matrix out = Matrix.zeros(rows, classes);
    for (int i = 0; i < rows; i++) {
      out.set(i, random.nextInt(classes), 1.0);
    }
    return out;
  }

  /** A copy with {@code offset[j]} added to column j. */
  public static Matrix shifted(Matrix x, double[] offset) {
    Matrix out = x.copy();
    for (int i = 0; i < x.rows(); i++) {
      for (int j = 0; j < x.cols(); j++) {
        out.set(i, j, out.get(i, j) + offset[j]);
      }
    }
    return out;
  }

  /** A copy with the columns in the order given by {@code order}. */
  public static Matrix permutedColumns(Matrix x, int[] order) {
    Matrix out = Matrix.zeros(x.rows(), order.length);
    for (int i = 0; i < x.rows(); i++) {
      for (int j = 0; j < order.length; j++) {
        out.set(i, j, x.get(i, order[j]));
      }
    }
    return out;
  }

  /** A copy with {@code extra} more columns appended. */
  public static Matrix withColumns(Matrix x, Matrix extra) {
    Matrix out = Matrix.zeros(x.rows(), x.cols() + extra.cols());
    for (int i = 0; i < x.rows(); i++) {
      System.arraycopy(x.data(), i * x.cols(), out.data(), i * out.cols(), x.cols());
      System.arraycopy(extra.data(), i * extra.cols(), out.data(),
          i * out.cols() + x.cols(), extra.cols());
    }
    return out;
  }

  /** A random permutation of 0..n-1. */
  public int[] permutation(int n) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }

  /** Plain triple-loop product, independent of any backend under test. */
  public static Matrix multiply(Matrix a, Matrix b) {
    Matrix c = Matrix.zeros(a.rows(), b.cols());
    for (int i = 0; i < a.rows(); i++) {
      for (int k = 0; k < a.cols(); k++) {
        double aik = a.get(i, k);
        for (int j = 0; j < b.cols(); j++) {
          c.data()[i * b.cols() + j] += aik * b.get(k, j);
        }
      }
    }
    return c;
  }

  /** A copy multiplied by a scalar. */
  public static Matrix scaled(Matrix x, double factor) {
    Matrix out = x.copy();
    double[] d = out.data();
    for (int i = 0; i < d.length; i++) {
      d[i] *= factor;
    }
    return out;
  }
}
