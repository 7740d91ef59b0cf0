package org.svcca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

class DimsCommandTest {

  /** dims and compare reach each k's value through the same decompositions. */
  private static final double SAME_COMPUTATION = 1e-12;

  /** Shares of variance are ratios of sums of squares, exact to a few ulps. */
  private static final double SHARE_ROUNDING = 1e-12;

  @TempDir
  static Path dir;

  private static String a;
  private static String b;
  private static String noise;

  /** A and B read one 3-dimensional latent plus noise; the third layer is pure noise. */
  @BeforeAll
  static void writeLayers() throws IOException {
    a = Analyses.related(dir, "a", 3, 300, 8);
    b = Analyses.related(dir, "b", 3, 300, 6);
    noise = Analyses.gaussian(dir, "noise", 4, 300, 6);
  }

  @Test
  void spectrumIsDescendingAndItsCumulativeShareEndsAtOne() throws IOException {
    JsonNode json = Analyses.json("dims", a, "--format", "json");

    JsonNode side = json.path("a");
    assertEquals(8, side.path("rank").asInt());
    JsonNode s = side.path("singular_values");
    JsonNode cumulative = side.path("cumulative_variance");
    for (int k = 1; k < 8; k++) {
      assertTrue(s.get(k).asDouble() <= s.get(k - 1).asDouble(), "descending");
      assertTrue(cumulative.get(k).asDouble() >= cumulative.get(k - 1).asDouble());
    }
    assertEquals(1.0, cumulative.get(7).asDouble(), SHARE_ROUNDING);
    assertFalse(json.has("k"), "no curve without --vs");
  }

  @Test
  void eachPointOfTheCurveIsSvccaWithThatManyDirections() throws IOException {
    JsonNode json = Analyses.json("dims", a, "--vs", b, "--format", "json");

    JsonNode ks = json.path("k");
    assertEquals(6, ks.size(), "k runs to the smaller rank");
    for (int k : new int[] {1, 3, 6}) {
      JsonNode compared = Analyses.json("compare", a, b, "--dims", Integer.toString(k),
          "--format", "json");
      assertEquals(compared.path("results").get(0).path("similarity").asDouble(),
          json.path("similarity").get(k - 1).asDouble(), SAME_COMPUTATION, "k = " + k);
    }
    // Three shared latent directions: the first three correlate almost perfectly.
    assertTrue(json.path("similarity").get(2).asDouble() > 0.95, json.toString());
    int smallest = json.path("smallest_k").asInt();
    JsonNode total = json.path("total_correlation");
    assertTrue(total.get(smallest - 1).asDouble() >= 0.99 * total.get(5).asDouble());
    assertTrue(smallest == 1 || total.get(smallest - 2).asDouble() < 0.99 * total.get(5)
        .asDouble(), "smallest such k");
  }

  @Test
  void unrelatedLayersGiveALowerCurve() throws IOException {
    JsonNode related = Analyses.json("dims", a, "--vs", b, "--format", "json");
    JsonNode unrelated = Analyses.json("dims", a, "--vs", noise, "--format", "json");

    assertTrue(unrelated.path("similarity").get(2).asDouble()
        < related.path("similarity").get(2).asDouble() - 0.5, unrelated.toString());
  }

  @Test
  void largeRanksUseAGridEndingAtTheLargestK() {
    int[] grid = DimsCommand.grid(1000);

    assertEquals(1, grid[0]);
    assertEquals(32, grid[31]);
    assertEquals(1000, grid[grid.length - 1]);
    assertTrue(grid.length <= DimsCommand.EVERY_K_UP_TO + 1, "length " + grid.length);
    for (int i = 1; i < grid.length; i++) {
      assertTrue(grid[i] > grid[i - 1], "ascending without repeats");
    }
    assertEquals(50, DimsCommand.grid(50).length);
  }

  @Test
  void kStopsWhereCorrelationsWouldBeForced(@TempDir Path scratch) throws IOException {
    String wideA = Analyses.gaussian(scratch, "wa", 1, 30, 25);
    String wideB = Analyses.gaussian(scratch, "wb", 2, 30, 25);

    CliRun run = CliRun.of("dims", wideA, "--vs", wideB, "--format", "csv");

    assertEquals(0, run.status(), run.err());
    assertTrue(run.err().contains("k stops at 14"), run.err());
    assertTrue(run.out().startsWith("k,singular_value_a,cumulative_variance_a,"), run.out());
  }

  @Test
  void textAndPlot() throws IOException {
    Path png = dir.resolve("dims.png");

    CliRun run = CliRun.of("dims", a, "--vs", b, "--plot", png.toString());

    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("smallest k whose correlations sum to 99%"), run.out());
    BufferedImage image = ImageIO.read(png.toFile());
    assertNotNull(image, "a PNG image");
    assertTrue(image.getWidth() > image.getHeight(), "two panels side by side");
  }

  @Test
  void badInputIsOneLine(@TempDir Path scratch) throws IOException {
    String fewer = Analyses.related(scratch, "fewer", 3, 299, 5);

    Analyses.assertRejected(CliRun.of("dims", a, "--vs", fewer), "300 datapoints", fewer);
    Analyses.assertRejected(CliRun.of("dims", a, "--dims", "3"), "--dims does not apply");
    Analyses.assertRejected(CliRun.of("dims", a, "--fraction", "0"), "--fraction");
    Analyses.assertRejected(CliRun.of("dims", scratch.resolve("none.npy").toString()),
        "none.npy");
  }
}
