package org.svcca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatrixCommandTest {

  /**
   * The matrix and compare reach a pair's value through the same decompositions; only the
   * order of a few floating-point sums may differ.
   */
  private static final double SAME_COMPUTATION = 1e-12;

  @TempDir
  static Path dir;

  private static String a1;
  private static String a2;
  private static String noise;

  @BeforeAll
  static void writeLayers() throws IOException {
    a1 = Analyses.related(dir, "a1", 3, 300, 8);
    a2 = Analyses.related(dir, "a2", 3, 300, 6);
    noise = Analyses.gaussian(dir, "noise", 11, 300, 7);
  }

  @Test
  void oneListGivesASymmetricMatrixWithAComputedDiagonal() throws IOException {
    JsonNode mirrored = Analyses.json("matrix", a1, a2, noise, "--format", "json");
    JsonNode full = Analyses.json("matrix", a1, a2, noise, "--vs", a1, a2, noise,
        "--format", "json");

    assertEquals("svcca", mirrored.path("measure").asText());
    assertEquals(mirrored.path("rows"), mirrored.path("cols"));
    JsonNode values = mirrored.path("values");
    for (int i = 0; i < 3; i++) {
      assertEquals(1.0, values.get(i).get(i).asDouble(), SAME_COMPUTATION, "self-similarity");
      for (int j = 0; j < 3; j++) {
        assertEquals(values.get(j).get(i).asDouble(), values.get(i).get(j).asDouble(), 0.0);
        assertEquals(full.path("values").get(i).get(j).asDouble(),
            values.get(i).get(j).asDouble(), SAME_COMPUTATION, "mirrored equals computed");
      }
    }
  }

  @Test
  void eachCellIsWhatCompareSaysAndRelatedLayersStandOut() throws IOException {
    JsonNode matrix = Analyses.json("matrix", a1, noise, "--vs", a2, noise, "--measure",
        "cka", "--format", "json");

    double related = matrix.path("values").get(0).get(0).asDouble();
    double unrelated = matrix.path("values").get(0).get(1).asDouble();
    JsonNode compared = Analyses.json("compare", a1, a2, "--measure", "cka", "--format",
        "json");
    assertEquals(compared.path("results").get(0).path("similarity").asDouble(), related,
        SAME_COMPUTATION);
    assertTrue(related > 0.5 && unrelated < 0.1, related + " vs " + unrelated);
    assertEquals(a2, matrix.path("cols").get(0).asText());
  }

  @Test
  void asymmetricMeasuresAreComputedInBothOrders() throws IOException {
    JsonNode matrix = Analyses.json("matrix", a1, a2, "--measure", "pwcca", "--format",
        "json");

    JsonNode forward = Analyses.json("compare", a1, a2, "--measure", "pwcca", "--format",
        "json");
    JsonNode backward = Analyses.json("compare", a2, a1, "--measure", "pwcca", "--format",
        "json");
    assertEquals(forward.path("results").get(0).path("similarity").asDouble(),
        matrix.path("values").get(0).get(1).asDouble(), SAME_COMPUTATION);
    assertEquals(backward.path("results").get(0).path("similarity").asDouble(),
        matrix.path("values").get(1).get(0).asDouble(), SAME_COMPUTATION);
  }

  @Test
  void textAndCsvNameEveryLayer() {
    CliRun text = CliRun.of("matrix", a1, a2);
    CliRun csv = CliRun.of("matrix", a1, a2, "--format", "csv");

    assertEquals(0, text.status(), text.err());
    assertTrue(text.out().contains("svcca between every pair of 2 layers"), text.out());
    assertTrue(text.out().lines().anyMatch(l -> l.startsWith("a2 ")), text.out());
    String[] lines = csv.out().split("\\R");
    assertEquals("row," + a1 + "," + a2, lines[0]);
    String[] first = lines[1].split(",");
    assertEquals(a1, first[0]);
    assertEquals(1.0, Double.parseDouble(first[1]), SAME_COMPUTATION, "self-similarity");
    assertEquals(3, lines.length);
  }

  @Test
  void plotIsAPngHeatmapWithRoomForEveryCell() throws IOException {
    Path png = dir.resolve("matrix.png");

    CliRun run = CliRun.of("matrix", a1, a2, noise, "--plot", png.toString());

    assertEquals(0, run.status(), run.err());
    BufferedImage image = ImageIO.read(png.toFile());
    assertNotNull(image, "a PNG image");
    // Three cells of 64 pixels each, plus names, colour bar and titles around them.
    assertTrue(image.getWidth() > 3 * 64 + 150 && image.getWidth() < 1000,
        "width " + image.getWidth());
    assertTrue(image.getHeight() > 3 * 64 + 80 && image.getHeight() < 1000,
        "height " + image.getHeight());
  }

  @Test
  void badInputIsOneLine(@TempDir Path scratch) throws IOException {
    String fewer = Analyses.related(scratch, "fewer", 3, 299, 5);

    Analyses.assertRejected(CliRun.of("matrix", a1, fewer), "has 300 datapoints", fewer);
    Analyses.assertRejected(CliRun.of("matrix", a1, "--measure", "cosine"),
        "unknown measure 'cosine'");
    Analyses.assertRejected(CliRun.of("matrix", a1, scratch.resolve("no.npy").toString()),
        "no.npy");
    Analyses.assertRejected(CliRun.of("matrix", a1, "--dims", "0"), "at least 1");
    Analyses.assertRejected(CliRun.of("matrix", a1, "--plot",
        scratch.resolve("m.jpg").toString()), "m.jpg", ".png");
    Analyses.assertRejected(CliRun.of("matrix", a1, "--plot",
        scratch.resolve("none/m.png").toString()), "no such directory");
    Analyses.assertRejected(CliRun.of("matrix"), "A");
  }
}
