package org.svcca.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.StringJoiner;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.svcca.InvalidInputException;

/**
 * Writes arrays as NumPy {@code .npy} (format 1.0, little-endian float64, C order) and
 * {@code .npz} archives of them. A file is written to a temporary sibling and moved into
 * place, so a failure never leaves a half-written file under the requested name.
 */
public final class NumpyWriter {

  /** The header is padded so that the data starts on a multiple of this, as NumPy does. */
  private static final int ALIGNMENT = 64;

  /** Bytes of magic, version and header length in format 1.0. */
  private static final int PREAMBLE = 10;

  private NumpyWriter() {}

  /**
   * Writes an archive holding each array under its name ({@code name.npy} inside the zip, read
   * back as {@code file.npz:name}).
   *
   * @throws InvalidInputException naming the file if it cannot be written
   */
  public static void writeNpz(Path file, Map<String, NdArray> arrays) {
    writeAtomically(file, out -> {
      try (ZipOutputStream zip = new ZipOutputStream(out)) {
        for (Map.Entry<String, NdArray> entry : arrays.entrySet()) {
          zip.putNextEntry(new ZipEntry(entry.getKey() + ".npy"));
          zip.write(npyBytes(entry.getValue()));
          zip.closeEntry();
        }
      }
    });
  }

  /**
   * Writes one array as a {@code .npy} file.
   *
   * @throws InvalidInputException naming the file if it cannot be written
   */
  public static void writeNpy(Path file, NdArray array) {
    writeAtomically(file, out -> out.write(npyBytes(array)));
  }

  /** The bytes of a version 1.0 {@code .npy} image of the array. */
  static byte[] npyBytes(NdArray array) {
    byte[] header = header(array.shape());
    double[] data = array.data();
    ByteBuffer buffer = ByteBuffer.allocate(header.length + 8 * data.length)
        .order(ByteOrder.LITTLE_ENDIAN);
    buffer.put(header);
    buffer.asDoubleBuffer().put(data);
    return buffer.array();
  }

  private static byte[] header(int[] shape) {
    StringJoiner dims = new StringJoiner(", ", "(", shape.length == 1 ? ",)" : ")");
    for (int d : shape) {
      dims.add(Integer.toString(d));
    }
    String dict = "{'descr': '<f8', 'fortran_order': False, 'shape': " + dims + ", }";
    int padding = (ALIGNMENT - (PREAMBLE + dict.length() + 1) % ALIGNMENT) % ALIGNMENT;
    String text = dict + " ".repeat(padding) + "\n";
    ByteBuffer out = ByteBuffer.allocate(PREAMBLE + text.length()).order(ByteOrder.LITTLE_ENDIAN);
    out.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
    out.putShort((short) text.length());
    out.put(text.getBytes(StandardCharsets.ISO_8859_1));
    return out.array();
  }

  /** What writes the content of one file. */
  private interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private static void writeAtomically(Path file, Content content) {
    Path target = file.toAbsolutePath();
    Path temporary = null;
    try {
      temporary = Files.createTempFile(target.getParent(), ".svcca-", ".part");
      try (OutputStream out = Files.newOutputStream(temporary)) {
        content.writeTo(out);
      }
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new InvalidInputException(file + ": cannot write: " + e.getMessage(), e);
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // The move succeeded or the write failed: either way nothing more can be done.
        }
      }
    }
  }
}
