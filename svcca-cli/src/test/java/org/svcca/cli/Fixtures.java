package org.svcca.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small activation files in real formats, written for command-line tests. */
final class Fixtures {

  private Fixtures() {}

  /** n x d values that read a 3-dimensional latent fixed by the seed, plus noise. */
  static double[][] related(long seed, int n, int d) {
    Random latentSource = new Random(seed);
    double[][] latent = new double[n][3];
    for (double[] row : latent) {
      for (int k = 0; k < 3; k++) {
        row[k] = latentSource.nextGaussian();
      }
    }
    Random own = new Random(seed * 31 + d);
    double[][] weights = new double[3][d];
    for (double[] row : weights) {
      for (int j = 0; j < d; j++) {
        row[j] = own.nextGaussian();
      }
    }
    double[][] out = new double[n][d];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        double v = 0.3 * own.nextGaussian();
        for (int k = 0; k < 3; k++) {
          v += latent[i][k] * weights[k][j];
        }
        out[i][j] = v;
      }
    }
    return out;
  }

  static double[][] transpose(double[][] x) {
    double[][] t = new double[x[0].length][x.length];
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x[0].length; j++) {
        t[j][i] = x[i][j];
      }
    }
    return t;
  }

  /** A comma-separated file with one row per line and no header. */
  static Path csv(Path file, double[][] values) throws IOException {
    StringBuilder text = new StringBuilder();
    for (double[] row : values) {
      for (int j = 0; j < row.length; j++) {
        text.append(j == 0 ? "" : ",").append(String.format(Locale.ROOT, "%s", row[j]));
      }
      text.append('\n');
    }
    return Files.writeString(file, text.toString());
  }

  /** A little-endian float64 C-order .npy file, format version 1.0. */
  static Path npy(Path file, double[][] values) throws IOException {
    Files.write(file, npyBytes(values));
    return file;
  }

  /** A .npz archive holding the given arrays under the given names (deflated). */
  static Path npz(Path file, String[] names, double[][][] arrays) throws IOException {
    try (OutputStream raw = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(raw)) {
      for (int i = 0; i < names.length; i++) {
        zip.putNextEntry(new ZipEntry(names[i] + ".npy"));
        zip.write(npyBytes(arrays[i]));
        zip.closeEntry();
      }
    }
    return file;
  }

  static byte[] npyBytes(double[][] values) {
    int rows = values.length;
    int cols = values[0].length;
    String dict = "{'descr': '<f8', 'fortran_order': False, 'shape': (" + rows + ", " + cols
        + "), }";
    int unpadded = 10 + dict.length() + 1;
    int padding = (64 - unpadded % 64) % 64;
    String header = dict + " ".repeat(padding) + "\n";
    ByteBuffer buffer = ByteBuffer.allocate(10 + header.length() + 8 * rows * cols)
        .order(ByteOrder.LITTLE_ENDIAN);
    buffer.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII));
    buffer.put((byte) 1).put((byte) 0).putShort((short) header.length());
    buffer.put(header.getBytes(StandardCharsets.US_ASCII));
    for (double[] row : values) {
      for (double v : row) {
        buffer.putDouble(v);
      }
    }
    return buffer.array();
  }

  /** Independent Gaussian n x d values. */
  static double[][] gaussian(int n, int d, long seed) {
    Random random = new Random(seed);
    double[][] out = new double[n][d];
    for (double[] row : out) {
      for (int j = 0; j < d; j++) {
        row[j] = random.nextGaussian();
      }
    }
    return out;
  }

  /** An n x d matrix in which every neuron has the same value on every datapoint. */
  static double[][] constant(int n, int d, double value) {
    double[][] out = new double[n][d];
    for (double[] row : out) {
      java.util.Arrays.fill(row, value);
    }
    return out;
  }
}
