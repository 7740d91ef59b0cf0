package org.svcca.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.svcca.io.IoFiles.assertInvalid;
import static org.svcca.io.IoFiles.dict;
import static org.svcca.io.IoFiles.expectedMatrix;
import static org.svcca.io.IoFiles.fixture;
import static org.svcca.io.IoFiles.npy;
import static org.svcca.io.IoFiles.npyFloat64;
import static org.svcca.io.IoFiles.write;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.svcca.spi.Matrix;

class NpyRowReaderTest {

  @TempDir
  Path dir;

  /** Every dtype, byte order and memory order that the whole-file reader knows. */
  @ParameterizedTest
  @ValueSource(strings = {"float16-le-c", "float16-be-f", "float32-le-c", "float32-be-c",
      "float32-le-f", "float64-le-c", "float64-be-f", "int8-le-c", "int16-be-f", "int32-le-c",
      "int64-be-c", "uint8-le-f", "uint16-le-c", "uint32-be-f", "uint64-le-c", "bool-le-f"})
  void readsEveryFixtureRowByRowAsTheWholeFileReaderDoes(String fixtureName) {
    String dtype = fixtureName.substring(0, fixtureName.indexOf('-'));
    double[] expected = expectedMatrix(dtype);

    double[] rows = readAll(fixture(fixtureName + ".npy"), false, 1);
    double[] transposed = readAll(fixture(fixtureName + ".npy"), true, 2);

    assertArrayEquals(expected, rows);
    assertArrayEquals(new double[] {expected[0], expected[3], expected[1], expected[4],
        expected[2], expected[5]}, transposed);
  }

  @Test
  void chunksCrossMappingWindowsThatSplitNoRow() {
    // 1000 x 7 float64 in windows of 1000 bytes: 17 rows a window, chunks of 23 rows.
    double[] values = new double[7000];
    for (int k = 0; k < values.length; k++) {
      values[k] = k * 0.5 - 3;
    }
    String spec = write(dir, "windows.npy", npyFloat64("(1000, 7)", values));

    double[] read = new double[values.length];
    int done = 0;
    try (NpyRowReader reader = NpyRowReader.open(spec, false, 1000)) {
      for (Matrix chunk = reader.read(23); chunk.rows() > 0; chunk = reader.read(23)) {
        System.arraycopy(chunk.data(), 0, read, done, chunk.data().length);
        done += chunk.data().length;
      }
    }

    assertEquals(values.length, done);
    assertArrayEquals(values, read);
  }

  @Test
  void fortranOrderAndNeuronsFirstGiveTheSameDatapoints() {
    // The same 5 x 3 activations stored four ways.
    double[] c = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};
    double[] f = {1, 4, 7, 10, 13, 2, 5, 8, 11, 14, 3, 6, 9, 12, 15};
    String fortran = "{'descr': '<f8', 'fortran_order': True, 'shape': (5, 3), }";
    String cOrder = write(dir, "c.npy", npyFloat64("(5, 3)", c));
    String fOrder = write(dir, "f.npy", npy(fortran, IoFiles.float64s(f)));
    String neuronsFirstC = write(dir, "tc.npy", npyFloat64("(3, 5)", f));
    String fortranT = "{'descr': '<f8', 'fortran_order': True, 'shape': (3, 5), }";
    String neuronsFirstF = write(dir, "tf.npy", npy(fortranT, IoFiles.float64s(c)));

    assertArrayEquals(c, readAll(cOrder, false, 2));
    assertArrayEquals(c, readAll(fOrder, false, 2));
    assertArrayEquals(c, readAll(neuronsFirstC, true, 2));
    assertArrayEquals(c, readAll(neuronsFirstF, true, 4));
  }

  /**
   * A sparse file of 300 million x 8 bytes (2.4 GB, more elements than one Java array) is
   * opened, and its last datapoints, past the 2 GiB mark, read where they are.
   */
  @Test
  void readsPastTwoGibibytesInAFileLargerThanOneArray() throws IOException {
    long rows = 300_000_000L;
    byte[] header = npy(dict("|u1", "(" + rows + ", 8)"), new byte[0]);
    Path file = dir.resolve("sparse.npy");
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.write(header);
      raf.setLength(header.length + rows * 8);
      raf.seek(header.length + (rows - 2) * 8);
      raf.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16});
    }

    try (NpyRowReader reader = NpyRowReader.open(file.toString(), false)) {
      reader.skip(rows - 3);
      Matrix tail = reader.read(10);

      assertEquals(rows, reader.datapoints());
      assertEquals(8, reader.neurons());
      assertEquals(3, tail.rows());
      assertArrayEquals(new double[] {0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
          11, 12, 13, 14, 15, 16}, tail.data());
      assertEquals(0, reader.read(10).rows());
    }
  }

  @Test
  void nanIsNamedByFileDatapointAndNeuronAcrossChunks() {
    double[] values = new double[40];
    values[4 * 7 + 2] = Double.NaN;
    String spec = write(dir, "nan.npy", npyFloat64("(10, 4)", values));

    try (NpyRowReader reader = NpyRowReader.open(spec, false)) {
      reader.read(5);
      assertInvalid(spec, () -> reader.read(5), "NaN at datapoint 7, neuron 2");
    }
  }

  @Test
  void onlyMatricesOfDatapointsAndNeuronsAreStreamed() {
    String cube = fixture("cube-f.npy");
    String empty = write(dir, "empty.npy", new byte[0]);
    String none = write(dir, "none.npy", npyFloat64("(0, 4)"));

    assertInvalid(cube, () -> NpyRowReader.open(cube, false), "3-D array");
    assertInvalid(empty, () -> NpyRowReader.open(empty, false), "empty file");
    assertInvalid(none, () -> NpyRowReader.open(none, false), "no datapoints");
    String missing = dir.resolve("missing.npy").toString();
    assertInvalid(missing, () -> NpyRowReader.open(missing, false), "no such file");
  }

  @Test
  void npyFilesAreRecognisedByExtensionOrSignature() {
    String named = write(dir, "x.npy", npyFloat64("(2,)", 1, 2));
    String unnamed = write(dir, "x.bin", npyFloat64("(2,)", 1, 2));
    String text = write(dir, "x.csv", "1,2\n");

    assertEquals(true, ActivationFiles.isNpy(named));
    assertEquals(true, ActivationFiles.isNpy(unnamed));
    assertEquals(false, ActivationFiles.isNpy(text));
    assertEquals(false, ActivationFiles.isNpy(unnamed + ".npz:a"));
  }

  private static double[] readAll(String spec, boolean neuronsFirst, int chunkRows) {
    try (NpyRowReader reader = NpyRowReader.open(spec, neuronsFirst)) {
      double[] out = new double[Math.toIntExact(reader.datapoints() * reader.neurons())];
      int done = 0;
      for (Matrix chunk = reader.read(chunkRows); chunk.rows() > 0;
          chunk = reader.read(chunkRows)) {
        System.arraycopy(chunk.data(), 0, out, done, chunk.data().length);
        done += chunk.data().length;
      }
      return out;
    }
  }
}
