package org.svcca.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.svcca.io.IoFiles.assertInvalid;
import static org.svcca.io.IoFiles.concat;
import static org.svcca.io.IoFiles.dict;
import static org.svcca.io.IoFiles.expectedMatrix;
import static org.svcca.io.IoFiles.fixture;
import static org.svcca.io.IoFiles.float64s;
import static org.svcca.io.IoFiles.npy;
import static org.svcca.io.IoFiles.npyFloat64;
import static org.svcca.io.IoFiles.write;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class NpyFormatTest {

  private static final List<String> DTYPES = List.of("float16", "float32", "float64", "int8",
      "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "bool");

  @TempDir
  Path dir;

  /** Every fixture of the dtype grid that make_fixtures.py writes. */
  static Stream<Arguments> dtypeGrid() {
    List<Arguments> cases = new ArrayList<>();
    for (String dtype : DTYPES) {
      boolean oneByte = dtype.equals("int8") || dtype.equals("uint8") || dtype.equals("bool");
      for (String order : oneByte ? List.of("le") : List.of("le", "be")) {
        for (String layout : List.of("c", "f")) {
          cases.add(Arguments.of(dtype, dtype + "-" + order + "-" + layout + ".npy"));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("dtypeGrid")
  void readsEveryDtypeByteOrderAndLayoutExactly(String dtype, String file) {
    NdArray array = ActivationFiles.readArray(fixture(file));

    assertArrayEquals(new int[] {2, 3}, array.shape());
    assertArrayEquals(expectedMatrix(dtype), array.data());
  }

  @Test
  void readsFortranOrderFloat32() {
    NdArray array = ActivationFiles.readArray(fixture("float32-le-f.npy"));

    assertArrayEquals(new double[] {-11, -10, -9, -1, 0, 1}, array.data());
  }

  @Test
  void readsBigEndianFloat64() {
    NdArray array = ActivationFiles.readArray(fixture("float64-be-c.npy"));

    assertArrayEquals(new double[] {-11, -10, -9, -1, 0, 1}, array.data());
  }

  @ParameterizedTest
  @ValueSource(strings = {"version2.npy", "version3.npy"})
  void readsFormatVersions2And3(String file) {
    NdArray array = ActivationFiles.readArray(fixture(file));

    assertArrayEquals(new int[] {2, 3}, array.shape());
    assertArrayEquals(expectedMatrix("float64"), array.data());
  }

  @Test
  void readsOneDimensionalArray() {
    NdArray array = ActivationFiles.readArray(fixture("vector.npy"));

    assertArrayEquals(new int[] {5}, array.shape());
    assertArrayEquals(new double[] {0, 1.5, 3, 4.5, 6}, array.data());
  }

  @Test
  void readsScalarAsZeroDimensionalArray() {
    NdArray array = ActivationFiles.readArray(fixture("scalar.npy"));

    assertEquals(0, array.rank());
    assertArrayEquals(new double[] {2.5}, array.data());
  }

  @Test
  void readsThreeDimensionalFortranOrderIntoRowMajor() {
    NdArray array = ActivationFiles.readArray(fixture("cube-f.npy"));

    assertArrayEquals(new int[] {2, 3, 4}, array.shape());
    for (int k = 0; k < 24; k++) {
      int i = k / 12;
      int j = k / 4 % 3;
      assertEquals(100 * i + 10 * j + k % 4, array.data()[k], "element " + k);
    }
  }

  @Test
  void convertsHalfPrecisionZerosSubnormalsInfinitiesAndNaN() {
    NdArray array = ActivationFiles.readArray(fixture("float16-special.npy"));

    assertArrayEquals(new double[] {0.0, -0.0, 1.0, -2.0, 65504.0, 0x1p-24, 0x1p-14 - 0x1p-24,
        0x1p-14, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
        0.333251953125}, array.data());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "int8, -128, 127",
      "int16, -32768, 32767",
      "int32, -2147483648, 2147483647",
      "int64, -9.223372036854775808E18, 9.223372036854775807E18",
      "uint8, 0, 255",
      "uint16, 0, 65535",
      "uint32, 0, 4294967295",
      "uint64, 0, 1.8446744073709551615E19"})
  void readsIntegerExtremesExactlyOrAsTheNearestDouble(String dtype, double min, double max) {
    NdArray array = ActivationFiles.readArray(fixture("extremes-" + dtype + ".npy"));

    assertArrayEquals(new double[] {min, max}, array.data());
  }

  @Test
  void readsLargeFortranOrderFileThroughSeveralMappedBlocks() {
    // 1100 x 1000 big-endian float32: 4.4 MB, so memory-mapped, in two 2^20-element blocks.
    int rows = 1100;
    int cols = 1000;
    ByteBuffer data = ByteBuffer.allocate(4 * rows * cols).order(ByteOrder.BIG_ENDIAN);
    for (int j = 0; j < cols; j++) {
      for (int i = 0; i < rows; i++) {
        data.putFloat(i * 1000 + j);
      }
    }
    String dictF = "{'descr': '>f4', 'fortran_order': True, 'shape': (1100, 1000), }";
    String spec = write(dir, "big.npy", npy(dictF, data.array()));

    NdArray array = ActivationFiles.readArray(spec);

    double[] expected = new double[rows * cols];
    for (int k = 0; k < expected.length; k++) {
      expected[k] = k / cols * 1000 + k % cols;
    }
    assertArrayEquals(expected, array.data());
  }

  @Test
  void readsFortranOrderWhoseColumnsSpanSeveralBlocks() {
    // A column of 1.1 million elements is longer than one 2^20-element block.
    int rows = 1_100_000;
    byte[] data = new byte[2 * rows];
    for (int k = 0; k < data.length; k++) {
      int i = k % rows;
      int j = k / rows;
      data[k] = (byte) ((2 * i + j) % 251);
    }
    String dictF = "{'descr': '|u1', 'fortran_order': True, 'shape': (1100000, 2), }";
    String spec = write(dir, "long.npy", npy(dictF, data));

    double[] values = ActivationFiles.readArray(spec).data();

    for (int k = 0; k < values.length; k++) {
      assertEquals(k % 251, values[k], "element " + k);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{'shape': (2,), 'fortran_order': False, 'descr': '<f8'}",
      "{\"descr\": \"<f8\", \"fortran_order\": False, \"shape\": (2,)}",
      "{'descr':'<f8','fortran_order':False,'shape':(2L,),}",
      "{'descr': '=f8', 'fortran_order': True, 'shape': (2,), 'extra': [None, 'x'], }",
      "  {'descr': 'f8', 'fortran_order': False, 'shape': (2,)}  "})
  void parsesHeaderDictsInAnyKeyOrderQuotingAndSpacing(String header) {
    String spec = write(dir, "h.npy", npy(header, float64s(1.5, -2)));

    NdArray array = ActivationFiles.readArray(spec);

    assertArrayEquals(new double[] {1.5, -2}, array.data());
  }

  @ParameterizedTest
  @CsvSource(delimiterString = ";", value = {
      "(600,); 600",
      "(6, 100); 6 x 100",
      "(); scalar"})
  void parsesShapesOfEveryRank(String shape, String text) {
    int count = text.equals("scalar") ? 1 : 600;
    String spec = write(dir, "s.npy", npyFloat64(shape, new double[count]));

    assertEquals(text, ActivationFiles.readArray(spec).shapeText());
  }

  @Test
  void ignoresBytesAfterTheDeclaredData() {
    // np.save called twice on one open file leaves a second array after the first.
    String spec = write(dir, "two.npy", concat(npyFloat64("(1,)", 7), npyFloat64("(1,)", 8)));

    assertArrayEquals(new double[] {7}, ActivationFiles.readArray(spec).data());
  }

  @Test
  void rejectsBadMagic() {
    String spec = write(dir, "a.npy", "acts,labels\n1,2\n");

    assertInvalid(spec, () -> ActivationFiles.readArray(spec),
        "not a .npy file", "\\x93NUMPY");
  }

  @Test
  void rejectsFileTooShortForTheMagic() {
    String spec = write(dir, "a.npy", new byte[] {(byte) 0x93, 'N', 'U'});

    assertInvalid(spec, () -> ActivationFiles.readArray(spec),
        "not a .npy file", "only 3 bytes");
  }

  @Test
  void rejectsUnknownFormatVersion() {
    byte[] bytes = npyFloat64("(1,)", 1);
    bytes[6] = 4;
    String spec = write(dir, "a.npy", bytes);

    assertInvalid(spec, () -> ActivationFiles.readArray(spec), "format version 4.0");
  }

  @Test
  void rejectsTruncatedDataNamingDeclaredAndPresentBytes() {
    String spec = write(dir, "a.npy", npy(dict("<f8", "(1000, 40)"), new byte[1200]));

    assertInvalid(spec, () -> ActivationFiles.readArray(spec),
        "truncated: the header declares 1000 x 40 float64 (320000 bytes of data)"
            + " but only 1200 bytes follow");
  }

  @Test
  void rejectsHeaderLengthBeyondEndOfFile() {
    byte[] bytes = npyFloat64("(1,)", 1);
    bytes[8] = (byte) 0x88;
    bytes[9] = 0x13; // 5000
    String spec = write(dir, "a.npy", bytes);

    assertInvalid(spec, () -> ActivationFiles.readArray(spec),
        "truncated", "header length field says 5000 bytes", "only 126 bytes follow");
  }

  @Test
  void rejectsFourGigabyteHeaderLengthOfVersion2() {
    byte[] bytes = npy(2, dict("<f8", "(1,)"), float64s(1));
    bytes[8] = bytes[9] = bytes[10] = bytes[11] = (byte) 0xFF;
    String spec = write(dir, "a.npy", bytes);

    assertInvalid(spec, () -> ActivationFiles.readArray(spec),
        "header length field says 4294967295 bytes");
  }

  @Test
  void rejectsAbsurdShapeBeforeAllocating() {
    String spec = write(dir, "a.npy", npy(dict("<f8", "(4000000000, 4000000000)"),
        new byte[64]));

    // An attempt to allocate would be an OutOfMemoryError, not this exception.
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertInvalid(spec,
        () -> ActivationFiles.readArray(spec), "truncated",
        "4000000000 x 4000000000 float64 (128000000000000000000 bytes of data)",
        "only 64 bytes follow"));
  }

  @Test
  void rejectsShapeBeyondTheJavaArrayLimitEvenWhenTheBytesArePresent() throws IOException {
    // 2^31 uint8 values are all there (a sparse file), but no Java array holds 2^31 values.
    String spec = write(dir, "huge.npy", npy(dict("|u1", "(2147483648,)"), new byte[0]));
    try (RandomAccessFile file = new RandomAccessFile(spec, "rw")) {
      file.setLength(file.length() + (1L << 31));
    }

    assertInvalid(spec, () -> ActivationFiles.readArray(spec),
        "2147483648 uint8 (2147483648 values), more than one Java array can hold");
  }

  @Test
  void rejectsDimensionBeyondTheJavaArrayLimitInAnEmptyArray() {
    String spec = write(dir, "a.npy", npy(dict("<f8", "(0, 5000000000)"), new byte[0]));

    assertInvalid(spec, () -> ActivationFiles.readArray(spec),
        "0 x 5000000000 float64", "more than one Java array can hold");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = ";", quoteCharacter = '"', value = {
      "'<c16'; (complex numbers)",
      "'|O'; (Python objects, stored pickled)",
      "'<U5'; (unicode strings)",
      "'|S3'; (byte strings)",
      "'<M8[ns]'; (datetimes)",
      "'<f16'; (extended-precision float)",
      "[('x', '<f4'), ('y', '<f4')]; structured arrays"})
  void rejectsUnsupportedDtypes(String descr, String note) {
    String header = "{'descr': " + descr + ", 'fortran_order': False, 'shape': (1,), }";
    String spec = write(dir, "a.npy", npy(header, new byte[64]));

    assertInvalid(spec, () -> ActivationFiles.readArray(spec), "unsupported dtype", note);
  }

  @ParameterizedTest
  @CsvSource(delimiterString = ";", quoteCharacter = '"', value = {
      "{'descr': '<f8', 'fortran_order': False, 'shape': (1,) ; expected ',' or '}'",
      "{'descr': '<f8', 'fortran_order': Maybe, 'shape': (1,)}; unexpected character 'M'",
      "[1, 2]; is not a dict",
      "{'descr': '<f8', 'shape': (1,)}; has no 'fortran_order' entry",
      "{'descr': '<f8', 'fortran_order': 0, 'shape': (1,)}; not True or False",
      "{'descr': '<f8', 'fortran_order': False, 'shape': (-1,)}; non-negative integer",
      "{'descr': '<f8', 'fortran_order': False, 'shape': 1}; not a tuple"})
  void rejectsMalformedHeaderSayingWhatIsWrong(String header, String problem) {
    String spec = write(dir, "a.npy", npy(header, float64s(1)));

    assertInvalid(spec, () -> ActivationFiles.readArray(spec), problem);
  }
}
