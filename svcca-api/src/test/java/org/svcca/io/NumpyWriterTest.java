package org.svcca.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svcca.InvalidInputException;

class NumpyWriterTest {

  @TempDir
  Path dir;

  @Test
  void npzRoundTripsMatricesAndVectors() {
    Map<String, NdArray> arrays = new LinkedHashMap<>();
    arrays.put("m", new NdArray(new int[] {2, 3}, new double[] {1, 2, 3, 4, 5, -6.5}));
    arrays.put("v", new NdArray(new int[] {4}, new double[] {0.1, 0.2, Double.MIN_VALUE, 1e300}));
    Path file = dir.resolve("out.npz");

    NumpyWriter.writeNpz(file, arrays);

    NdArray m = ActivationFiles.readArray(file + ":m");
    NdArray v = ActivationFiles.readArray(file + ":v");
    assertArrayEquals(new int[] {2, 3}, m.shape());
    assertArrayEquals(arrays.get("m").data(), m.data());
    assertArrayEquals(new int[] {4}, v.shape());
    assertArrayEquals(arrays.get("v").data(), v.data());
  }

  @Test
  void npyHeaderIsAlignedLikeNumpys() throws Exception {
    Path file = dir.resolve("x.npy");

    NumpyWriter.writeNpy(file, new NdArray(new int[] {3, 1}, new double[] {7, 8, 9}));

    byte[] bytes = Files.readAllBytes(file);
    assertEquals(0, (bytes.length - 3 * 8) % 64, "data starts on a 64-byte boundary");
    assertArrayEquals(new double[] {7, 8, 9}, ActivationFiles.readArray(file.toString()).data());
  }

  @Test
  void aFailedWriteLeavesNothingBehind() {
    Path missingFolder = dir.resolve("no/such/folder/x.npz");

    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> NumpyWriter.writeNpz(missingFolder, Map.of()));

    assertTrue(e.getMessage().startsWith(missingFolder + ": cannot write"), e.getMessage());
    assertFalse(Files.exists(missingFolder));
  }
}
