package org.svcca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysis commands in the packaged {@code svcca.jar}, in a JVM of their own started as
 * users start it (no {@code java.awt.headless} on the command line): plots and reports must
 * draw without a display.
 */
class AnalysesJarIT {

  private static final Path JAR = Paths.get(System.getProperty("svcca.jar", "target/svcca.jar"));

  @TempDir
  Path dir;

  @Test
  void matrixPlotsAndReportsWithoutADisplay() throws Exception {
    String a = Fixtures.npy(dir.resolve("a.npy"), Fixtures.related(2, 200, 6)).toString();
    String b = Fixtures.npy(dir.resolve("b.npy"), Fixtures.related(2, 200, 4)).toString();
    Path png = dir.resolve("m.png");
    Path page = dir.resolve("m.html");

    Result matrix = svcca("matrix", a, b, "--plot", png.toString(), "--format", "json");
    Result report = svcca("report", "matrix", a, b, "--out", page.toString());

    assertEquals(0, matrix.status, matrix.err);
    assertEquals("", matrix.err, "nothing but JSON, no progress bar");
    JsonNode json = new ObjectMapper().readTree(matrix.out);
    assertEquals(2, json.path("values").size());
    assertNotNull(ImageIO.read(png.toFile()), "a PNG image");
    assertEquals(0, report.status, report.err);
    assertTrue(Files.readString(page).contains("data:image/png;base64,"), "embedded figure");
  }

  @Test
  void badInputIsOneLineAndStatusTwo() throws Exception {
    Result run = svcca("dynamics", dir.resolve("ep{checkpoint}_l{layer}.npy").toString());

    assertEquals(2, run.status);
    assertEquals("", run.out);
    assertEquals(1, run.err.strip().lines().count(), run.err);
    assertTrue(run.err.contains("no file matches"), run.err);
  }

  private Result svcca(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
        .redirectError(err.toFile()).start();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "svcca did not finish");
    return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private record Result(int status, String out, String err) {}
}
