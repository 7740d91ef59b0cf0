package org.svcca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysis commands in the packaged {@code svcca.jar}, in a JVM of their own started as
 * users start it (no {@code java.awt.headless} on the command line): plots and reports must
 * draw without a display.
 */
class AnalysesJarIT {

  @TempDir
  Path dir;

  @Test
  void matrixPlotsAndReportsWithoutADisplay() throws Exception {
    String a = Fixtures.npy(dir.resolve("a.npy"), Fixtures.related(2, 200, 6)).toString();
    String b = Fixtures.npy(dir.resolve("b.npy"), Fixtures.related(2, 200, 4)).toString();
    Path png = dir.resolve("m.png");
    Path page = dir.resolve("m.html");

    JarProcess matrix = svcca("matrix", a, b, "--plot", png.toString(), "--format", "json");
    JarProcess report = svcca("report", "matrix", a, b, "--out", page.toString());

    assertEquals(0, matrix.status(), matrix.err());
    assertEquals("", matrix.err(), "nothing but JSON, no progress bar");
    JsonNode json = new ObjectMapper().readTree(matrix.out());
    assertEquals(2, json.path("values").size());
    assertNotNull(ImageIO.read(png.toFile()), "a PNG image");
    assertEquals(0, report.status(), report.err());
    assertTrue(Files.readString(page).contains("data:image/png;base64,"), "embedded figure");
  }

  @Test
  void badInputIsOneLineAndStatusTwo() throws Exception {
    JarProcess run = svcca("dynamics", dir.resolve("ep{checkpoint}_l{layer}.npy").toString());

    assertEquals(2, run.status());
    assertEquals("", run.out());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(run.err().contains("no file matches"), run.err());
  }

  private JarProcess svcca(String... args) throws IOException, InterruptedException {
    return JarProcess.run(dir, List.of(), args);
  }
}
