package org.svcca.backend.nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svcca.conformance.TestMatrices;
import org.svcca.spi.LinearAlgebra;
import org.svcca.spi.Matrix;
import org.svcca.spi.SvdParts;
import org.svcca.spi.Transpose;

/**
 * Starting ND4J and computing with it writes nothing to stdout or stderr. ND4J starts once per
 * JVM, so the check runs in a fresh JVM of its own, with this test's class path; what ND4J
 * logs through SLF4J goes to the test class path's no-op provider, and anything that bypasses
 * SLF4J (a banner, a native library's printf) shows up in the captured streams.
 */
class QuietStartTest {

  /** Generous: a cold start unpacks about 300 MB of native libraries first. */
  private static final long CHILD_TIMEOUT_SECONDS = 180;

  @Test
  void startingAndComputingPrintsNothing(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(List.of(java, "-cp",
        System.getProperty("java.class.path"), Child.class.getName()))
        .redirectOutput(out.toFile()).redirectError(err.toFile());

    Process child = builder.start();
    boolean finished = child.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    if (!finished) {
      child.destroyForcibly();
    }

    String stdout = Files.readString(out, StandardCharsets.UTF_8);
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    assertTrue(finished, "the child JVM did not finish; stderr: " + stderr);
    assertEquals(0, child.exitValue(), "the child JVM failed; stderr: " + stderr);
    assertEquals("", stdout, "ND4J or this backend wrote to stdout");
    assertEquals("", stderr, "ND4J or this backend wrote to stderr");
  }

  /** The child JVM: starts ND4J through the provider and runs each operation once. */
  static final class Child {

    private Child() {}

    public static void main(String[] args) {
      Nd4jProvider provider = new Nd4jProvider();
      if (!provider.availability().available()) {
        // The parent reports stderr, where this ends up, when the exit status is not 0.
        throw new IllegalStateException(provider.availability().reason());
      }
      LinearAlgebra backend = provider.create();
      Matrix a = TestMatrices.gaussian(400, 30, 1);
      backend.multiply(a, Transpose.YES, a, Transpose.NO);
      backend.qr(a);
      backend.svd(a, SvdParts.BOTH);
      backend.svd(a.transpose(), SvdParts.VALUES_ONLY);
    }
  }
}
