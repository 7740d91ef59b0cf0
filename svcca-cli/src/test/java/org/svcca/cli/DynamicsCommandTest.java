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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DynamicsCommandTest {

  /** A layer compared with itself gives 1 up to the rounding of its own SVD. */
  private static final double SELF = 1e-12;

  /** Noise added to the final layer at checkpoints 0, 2 and 10: training removes it. */
  private static final double[] NOISE = {2.0, 0.5, 0.0};

  private static final String[] CHECKPOINTS = {"0", "2", "10"};

  @TempDir
  static Path dir;

  private static String pattern;

  /** Layers 1 and 2 at checkpoints 0, 2, 10: the final layer plus shrinking noise. */
  @BeforeAll
  static void writeRun() throws IOException {
    Path run = Files.createDirectories(dir.resolve("run"));
    for (int layer = 1; layer <= 2; layer++) {
      double[][] last = Fixtures.related(5, 200, 4 + layer);
      for (int c = 0; c < CHECKPOINTS.length; c++) {
        double[][] noise = Fixtures.gaussian(200, 4 + layer, 100 * layer + c);
        double[][] values = new double[200][4 + layer];
        for (int i = 0; i < 200; i++) {
          for (int j = 0; j < 4 + layer; j++) {
            values[i][j] = last[i][j] + NOISE[c] * layer * noise[i][j];
          }
        }
        Fixtures.npy(run.resolve("ep" + CHECKPOINTS[c] + "_l" + layer + ".npy"), values);
      }
    }
    pattern = run.resolve("ep{checkpoint}_l{layer}.npy").toString();
  }

  @Test
  void checkpointsAreOrderedByNumberAndConvergeToTheLast() throws IOException {
    JsonNode json = Analyses.json("dynamics", pattern, "--format", "json");

    assertEquals(new ObjectMapper().valueToTree(List.of("0", "2", "10")),
        json.path("checkpoints"));
    assertEquals(new ObjectMapper().valueToTree(List.of("1", "2")), json.path("layers"));
    assertEquals("10", json.path("reference").asText());
    for (JsonNode layer : json.path("values")) {
      assertEquals(1.0, layer.get(2).asDouble(), SELF, "the reference itself");
      // Different inputs, different answers: less noise, closer to the end.
      assertTrue(layer.get(0).asDouble() < layer.get(1).asDouble() - 0.1,
          "noise shrinks: " + layer);
    }
  }

  @Test
  void reachedAndFrozenFollowTheirDefinition() throws IOException {
    JsonNode json = Analyses.json("dynamics", pattern, "--format", "json", "--thresholds",
        "0.5,0.95");

    JsonNode values = json.path("values");
    for (JsonNode level : json.path("thresholds")) {
      double t = level.path("threshold").asDouble();
      for (int l = 0; l < 2; l++) {
        String expected = null;
        for (int c = 2; c >= 0 && values.get(l).get(c).asDouble() >= t; c--) {
          expected = CHECKPOINTS[c];
        }
        JsonNode reached = level.path("reached").get(l);
        assertEquals(expected, reached.isNull() ? null : reached.asText(), "at " + t);
      }
      assertEquals(2, level.path("frozen_from").path("10").size(), "all frozen at the end");
    }
  }

  @Test
  void referenceMayBeAnyCheckpointNamedByNumber() throws IOException {
    JsonNode json = Analyses.json("dynamics", pattern, "--reference", "02", "--format",
        "json");

    assertEquals("2", json.path("reference").asText());
    assertEquals(1.0, json.path("values").get(0).get(1).asDouble(), SELF);
  }

  @Test
  void textNamesThresholdsAndFreezableLayersAndPlotIsAnImage() throws IOException {
    Path png = dir.resolve("dynamics.png");

    CliRun run = CliRun.of("dynamics", pattern, "--plot", png.toString());

    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("2 layers x 3 checkpoints"), run.out());
    assertTrue(run.out().contains("freeze training"), run.out());
    assertTrue(run.out().contains("0.95"), run.out());
    assertNotNull(ImageIO.read(png.toFile()), "a PNG image");
  }

  @Test
  void csvHasALineForEachLayer() {
    CliRun run = CliRun.of("dynamics", pattern, "--format", "csv", "--measure", "cka");

    String[] lines = run.out().split("\\R");
    assertEquals("layer,0,2,10", lines[0]);
    assertEquals(3, lines.length);
  }

  @Test
  void badPatternsAreOneLine(@TempDir Path scratch) throws IOException {
    String none = scratch.resolve("ep{checkpoint}_l{layer}.npy").toString();
    Files.createDirectories(scratch.resolve("gap"));
    Files.copy(dir.resolve("run/ep0_l1.npy"), scratch.resolve("gap/ep0_l1.npy"));
    Files.copy(dir.resolve("run/ep0_l2.npy"), scratch.resolve("gap/ep0_l2.npy"));
    Files.copy(dir.resolve("run/ep2_l1.npy"), scratch.resolve("gap/ep2_l1.npy"));
    String gap = scratch.resolve("gap/ep{checkpoint}_l{layer}.npy").toString();

    Analyses.assertRejected(CliRun.of("dynamics", none), "no file matches");
    Analyses.assertRejected(CliRun.of("dynamics", gap), "layer 2 has no file at checkpoint 2",
        "ep2_l2.npy");
    Analyses.assertRejected(CliRun.of("dynamics", scratch.resolve("ep_l.npy").toString()),
        "{checkpoint} and {layer} once each");
    Analyses.assertRejected(CliRun.of("dynamics", scratch.resolve("{checkpoint}{layer}.npy")
        .toString()), "need text between them");
    Analyses.assertRejected(CliRun.of("dynamics", scratch.resolve("missing/{checkpoint}_"
        + "{layer}.npy").toString()), "no such directory");
    Analyses.assertRejected(CliRun.of("dynamics", pattern, "--reference", "7"),
        "no checkpoint 7", "0, 2, 10");
    Analyses.assertRejected(CliRun.of("dynamics", pattern, "--thresholds", "0.9,1.5"),
        "--thresholds", "1.5");
  }
}
