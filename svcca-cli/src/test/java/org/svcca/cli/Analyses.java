package org.svcca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Helpers shared by the tests of the analysis commands. */
final class Analyses {

  private Analyses() {}

  /** Runs the command line, requires success, and parses what it printed as JSON. */
  static JsonNode json(String... args) throws IOException {
    CliRun run = CliRun.of(args);
    assertEquals(0, run.status(), run.err());
    return new ObjectMapper().readTree(run.out());
  }

  /** Bad input: status 2, one line on standard error holding every fragment, no output. */
  static void assertRejected(CliRun run, String... fragments) {
    assertEquals(Main.BAD_INPUT, run.status(), run.err());
    assertEquals("", run.out(), "nothing on standard output");
    String[] lines = run.errLines();
    assertEquals(1, lines.length, "one line on standard error: " + run.err());
    for (String fragment : fragments) {
      assertTrue(lines[0].contains(fragment), "'" + fragment + "' missing from: " + lines[0]);
    }
    assertTrue(!run.err().contains("Exception") && !run.err().contains("\tat "),
        "no stack trace: " + run.err());
  }

  /** A layer of n datapoints that reads the latent of {@code seed}, as npy. */
  static String related(Path dir, String name, long seed, int n, int d) throws IOException {
    return Fixtures.npy(dir.resolve(name + ".npy"), Fixtures.related(seed, n, d)).toString();
  }

  /** A 1-D little-endian float64 .npy image, such as a vector of class labels. */
  static byte[] npyVector(double[] values) {
    String dict = "{'descr': '<f8', 'fortran_order': False, 'shape': (" + values.length
        + ",), }";
    int padding = (64 - (10 + dict.length() + 1) % 64) % 64;
    String header = dict + " ".repeat(padding) + "\n";
    ByteBuffer buffer = ByteBuffer.allocate(10 + header.length() + 8 * values.length)
        .order(ByteOrder.LITTLE_ENDIAN);
    buffer.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII));
    buffer.put((byte) 1).put((byte) 0).putShort((short) header.length());
    buffer.put(header.getBytes(StandardCharsets.US_ASCII));
    for (double v : values) {
      buffer.putDouble(v);
    }
    return buffer.array();
  }

  /** Independent Gaussian values, as npy. */
  static String gaussian(Path dir, String name, long seed, int n, int d) throws IOException {
    return Fixtures.npy(dir.resolve(name + ".npy"), Fixtures.gaussian(n, d, seed)).toString();
  }
}
