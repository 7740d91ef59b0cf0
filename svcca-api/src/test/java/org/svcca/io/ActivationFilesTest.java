package org.svcca.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.svcca.io.IoFiles.assertInvalid;
import static org.svcca.io.IoFiles.dict;
import static org.svcca.io.IoFiles.expected;
import static org.svcca.io.IoFiles.fixture;
import static org.svcca.io.IoFiles.npy;
import static org.svcca.io.IoFiles.npyFloat64;
import static org.svcca.io.IoFiles.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.svcca.spi.Matrix;

class ActivationFilesTest {

  @TempDir
  Path dir;

  @Test
  void readsDatapointsByNeuronsAsStored() {
    Matrix m = ActivationFiles.read(fixture("float32-le-c.npy"), false);

    assertEquals("2 x 3", m.shape());
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 3; j++) {
        assertEquals(expected("float32", i, j), m.get(i, j));
      }
    }
  }

  @Test
  void transposesWhenNeuronsComeFirst() {
    Matrix m = ActivationFiles.read(fixture("float32-le-f.npy"), true);

    assertEquals("3 x 2", m.shape());
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 3; j++) {
        assertEquals(expected("float32", i, j), m.get(j, i));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void readsVectorAsOneNeuronInEitherOrientation(boolean neuronsFirst) {
    Matrix m = ActivationFiles.read(fixture("vector.npy"), neuronsFirst);

    assertEquals("5 x 1", m.shape());
    assertArrayEquals(new double[] {0, 1.5, 3, 4.5, 6}, m.data());
  }

  @Test
  void readsArchiveMemberAndCsvThroughTheSameEntryPoint() {
    Matrix fromNpz = ActivationFiles.read(fixture("stored.npz") + ":acts", true);
    Matrix fromCsv = ActivationFiles.read(write(dir, "a.csv", "0,1,2\n0.5,1.5,2.5\n"), false);

    assertEquals(fromNpz, fromCsv);
  }

  @Test
  void rejectsFourDimensionalArrayNamingItsShape() {
    String spec = write(dir, "a.npy", npy(dict("|u1", "(100, 8, 8, 16)"), new byte[102400]));

    assertInvalid(spec, () -> ActivationFiles.read(spec, false),
        "4-D array (100 x 8 x 8 x 16); only 1-D and 2-D activations are supported here");
  }

  @Test
  void readArrayKeepsFourDimensionalShape() {
    String spec = write(dir, "a.npy", npy(dict("|u1", "(100, 8, 8, 16)"), new byte[102400]));

    assertArrayEquals(new int[] {100, 8, 8, 16}, ActivationFiles.readArray(spec).shape());
  }

  @Test
  void rejectsScalar() {
    String spec = fixture("scalar.npy");

    assertInvalid(spec, () -> ActivationFiles.read(spec, false), "0-D array (a scalar)");
  }

  @ParameterizedTest
  @CsvSource(delimiterString = ";", value = {
      "(0, 128); false; no datapoints: the array is 0 x 128 (datapoints x neurons)",
      "(128, 0); true; no datapoints: the array is 128 x 0 (neurons x datapoints)",
      "(5, 0); false; no neurons: the array is 5 x 0 (datapoints x neurons)",
      "(0,); false; no datapoints: the array is 0 (a vector: one neuron)"})
  void rejectsEmptyArray(String shape, boolean neuronsFirst, String problem) {
    String spec = write(dir, "a.npy", npyFloat64(shape));

    assertInvalid(spec, () -> ActivationFiles.read(spec, neuronsFirst), problem);
  }

  @ParameterizedTest
  @CsvSource(delimiterString = ";", value = {
      "NaN; false; NaN at datapoint 1, neuron 2 (0-based)",
      "NaN; true; NaN at datapoint 2, neuron 1 (0-based)",
      "Infinity; false; +Inf at datapoint 1, neuron 2 (0-based)",
      "-Infinity; true; -Inf at datapoint 2, neuron 1 (0-based)"})
  void reportsNonFiniteValueAtItsPlaceInTheReturnedOrientation(double bad,
      boolean neuronsFirst, String problem) {
    double[] values = new double[12];
    values[1 * 4 + 2] = bad;
    String spec = write(dir, "a.npy", npyFloat64("(3, 4)", values));

    assertInvalid(spec, () -> ActivationFiles.read(spec, neuronsFirst), problem);
  }

  @Test
  void reportsTheFirstOfSeveralNonFiniteValues() {
    String spec = write(dir, "a.csv", "1,2,3\n4,inf,nan\nnan,5,6\n");

    assertInvalid(spec, () -> ActivationFiles.read(spec, false),
        "+Inf at datapoint 1, neuron 1 (0-based)");
  }

  @Test
  void readArrayReturnsNonFiniteValuesUnjudged() {
    String spec = write(dir, "a.npy", npyFloat64("(2,)", Double.NaN, 1));

    assertTrue(Double.isNaN(ActivationFiles.readArray(spec).data()[0]));
  }

  @Test
  void rejectsMissingFile() {
    String spec = dir.resolve("missing.npy").toString();

    assertInvalid(spec, () -> ActivationFiles.read(spec, false), "no such file");
  }

  @Test
  void rejectsMissingArchiveNamingTheArchive() {
    String archive = dir.resolve("missing.npz").toString();

    assertInvalid(archive, () -> ActivationFiles.read(archive + ":acts", false),
        "no such file");
  }

  @Test
  void rejectsDirectory() {
    String spec = dir.toString();

    assertInvalid(spec, () -> ActivationFiles.read(spec, false), "is a directory");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a.npy", "a.npz", "a.csv", "a"})
  void rejectsEmptyFile(String name) {
    String spec = write(dir, name, new byte[0]);

    assertInvalid(spec, () -> ActivationFiles.read(spec, false), "empty file (0 bytes)");
  }

  @Test
  void explainsMemberSuffixOnAFileThatIsNotAnArchive() {
    String file = write(dir, "a.npy", npyFloat64("(1,)", 1));

    assertInvalid(file + ":acts", () -> ActivationFiles.read(file + ":acts", false),
        "no such file; a ':name' suffix selects an array only in a .npz archive");
  }

  @Test
  void recognisesNpyAndNpzByContentWhateverTheExtension() throws IOException {
    Path npy = Files.copy(Path.of(fixture("float64-le-c.npy")), dir.resolve("acts.bin"));
    Path npz = Files.copy(Path.of(fixture("single.npz")), dir.resolve("acts.zip"));

    Matrix fromNpy = ActivationFiles.read(npy.toString(), false);
    Matrix fromNpz = ActivationFiles.read(npz.toString(), false);

    assertEquals(fromNpy, fromNpz);
  }

  @Test
  void rejectsBinaryFileOfUnknownFormat() {
    String spec = write(dir, "acts.pt", new byte[] {(byte) 0x80, 2, 0, 0, 'x'});

    assertInvalid(spec, () -> ActivationFiles.read(spec, false),
        "unrecognised format: not a .npy or .npz image and not text");
  }

  @Test
  void keepsTheCauseOfAnIoFailure() {
    String spec = write(dir, "a.npz", "PK not really a zip");

    Exception e = assertInvalid(spec, () -> ActivationFiles.read(spec, false));

    assertTrue(e.getCause() instanceof IOException, String.valueOf(e.getCause()));
  }
}
