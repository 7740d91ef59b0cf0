package org.svcca.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.function.Executable;
import org.svcca.InvalidInputException;

/** Fixture lookup, {@code .npy} byte builders and the message assertion shared by the tests. */
final class IoFiles {

  private IoFiles() {}

  /** The spec of a committed fixture under {@code src/test/resources/io/}. */
  static String fixture(String name) {
    URL url = IoFiles.class.getResource("/io/" + name);
    if (url == null) {
      throw new IllegalStateException("no fixture " + name + "; run make_fixtures.py");
    }
    try {
      return Path.of(url.toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The value that make_fixtures.py wrote at [i, j] of every 2 x 3 fixture of the given
   * dtype (see the script's docstring).
   */
  static double expected(String dtype, int i, int j) {
    if (dtype.equals("bool")) {
      return (i + j) % 2 == 0 ? 1 : 0;
    }
    return dtype.startsWith("uint") ? 10 * i + j + 1 : 10 * i + j - 11;
  }

  /** The 2 x 3 fixture of a dtype in row-major order. */
  static double[] expectedMatrix(String dtype) {
    double[] values = new double[6];
    for (int k = 0; k < 6; k++) {
      values[k] = expected(dtype, k / 3, k % 3);
    }
    return values;
  }

  /** A version 1.0 {@code .npy} image with the given header dict and data bytes. */
  static byte[] npy(String dict, byte[] data) {
    return npy(1, dict, data);
  }

  /**
   * A {@code .npy} image as NumPy lays it out: the header padded with spaces and a newline
   * so that the data starts at a multiple of 64 bytes.
   */
  static byte[] npy(int major, String dict, byte[] data) {
    int lengthBytes = major == 1 ? 2 : 4;
    int unpadded = 8 + lengthBytes + dict.length() + 1;
    String header = dict + " ".repeat((64 - unpadded % 64) % 64) + "\n";
    byte[] text = header.getBytes(major >= 3 ? StandardCharsets.UTF_8
        : StandardCharsets.ISO_8859_1);
    ByteBuffer out = ByteBuffer.allocate(8 + lengthBytes + text.length + data.length)
        .order(ByteOrder.LITTLE_ENDIAN);
    out.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) major, 0});
    if (major == 1) {
      out.putShort((short) text.length);
    } else {
      out.putInt(text.length);
    }
    return out.put(text).put(data).array();
  }

  /** The header dict NumPy writes for a C-order array. */
  static String dict(String descr, String shape) {
    return "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shape + ", }";
  }

  /** Little-endian float64 bytes. */
  static byte[] float64s(double... values) {
    ByteBuffer out = ByteBuffer.allocate(8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
    for (double v : values) {
      out.putDouble(v);
    }
    return out.array();
  }

  /** A little-endian float64 {@code .npy} of the given shape holding {@code values}. */
  static byte[] npyFloat64(String shape, double... values) {
    return npy(dict("<f8", shape), float64s(values));
  }

  static String write(Path dir, String name, byte[] bytes) {
    try {
      return Files.write(dir.resolve(name), bytes).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String write(Path dir, String name, String text) {
    return write(dir, name, text.getBytes(StandardCharsets.UTF_8));
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  /**
   * Asserts that {@code read} fails with an {@link InvalidInputException} whose message is
   * one line, starts with {@code source + ": "} and contains every fragment.
   */
  static InvalidInputException assertInvalid(String source, Executable read,
      String... fragments) {
    InvalidInputException e = assertThrows(InvalidInputException.class, read);
    String message = e.getMessage();
    assertTrue(message.startsWith(source + ": "),
        () -> "message should start with '" + source + ": ': " + message);
    assertFalse(message.contains("\n"), () -> "message should be one line: " + message);
    for (String fragment : fragments) {
      assertTrue(message.contains(fragment),
          () -> "message should contain '" + fragment + "': " + message);
    }
    return e;
  }
}
