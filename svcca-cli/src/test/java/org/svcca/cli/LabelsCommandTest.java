package org.svcca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelsCommandTest {

  /** Two readings of the same labels, or labels and compare, share every decomposition. */
  private static final double SAME_COMPUTATION = 1e-12;

  private static final int N = 300;
  private static final int CLASSES = 3;

  @TempDir
  static Path dir;

  private static double[] classes;
  private static String layer;
  private static String noise;
  private static String labels;

  /** Three classes; the layer reads a class code through random weights, plus noise. */
  @BeforeAll
  static void writeData() throws IOException {
    Random random = new Random(17);
    classes = new double[N];
    double[][] weights = Fixtures.gaussian(CLASSES, 7, 18);
    double[][] values = new double[N][7];
    for (int i = 0; i < N; i++) {
      classes[i] = random.nextInt(CLASSES);
      for (int j = 0; j < 7; j++) {
        values[i][j] = weights[(int) classes[i]][j] + 0.5 * random.nextGaussian();
      }
    }
    layer = Fixtures.npy(dir.resolve("layer.npy"), values).toString();
    noise = Analyses.gaussian(dir, "noise", 19, N, 7);
    labels = Files.write(dir.resolve("labels.npy"), Analyses.npyVector(classes)).toString();
  }

  @Test
  void kClassesGiveKMinusOneDirectionsAndACorrelationPerClass() throws IOException {
    JsonNode json = Analyses.json("labels", layer, labels, "--format", "json");

    JsonNode result = json.path("results").get(0);
    assertEquals("cca", result.path("measure").asText());
    assertEquals(CLASSES - 1, result.path("dims").path("b").asInt());
    assertEquals(CLASSES - 1, result.path("coefficients").size());
    assertEquals(CLASSES, json.path("per_class").size());
    int total = 0;
    for (JsonNode entry : json.path("per_class")) {
      total += entry.path("datapoints").asInt();
      assertTrue(entry.path("correlation").asDouble() > 0.8, entry.toString());
    }
    assertEquals(N, total);
    assertTrue(result.path("similarity").asDouble() > 0.8, result.toString());
  }

  @Test
  void perClassIsCcaWithTheClassIndicator() throws IOException {
    double[][] indicator = new double[N][1];
    for (int i = 0; i < N; i++) {
      indicator[i][0] = classes[i] == 1 ? 1 : 0;
    }
    String one = Fixtures.npy(dir.resolve("class1.npy"), indicator).toString();

    JsonNode json = Analyses.json("labels", layer, labels, "--format", "json");
    JsonNode compared = Analyses.json("compare", layer, one, "--measure", "cca", "--format",
        "json");

    assertEquals(compared.path("results").get(0).path("similarity").asDouble(),
        json.path("per_class").get(1).path("correlation").asDouble(), SAME_COMPUTATION);
  }

  @Test
  void oneHotMatrixAndLabelColumnGiveTheSameAnswer() throws IOException {
    double[][] onehot = new double[N][CLASSES];
    double[][] column = new double[N][1];
    for (int i = 0; i < N; i++) {
      onehot[i][(int) classes[i]] = 1;
      column[i][0] = classes[i];
    }
    String matrix = Fixtures.npy(dir.resolve("onehot.npy"), onehot).toString();
    String csv = Fixtures.csv(dir.resolve("labels.csv"), column).toString();

    JsonNode byVector = Analyses.json("labels", layer, labels, "--format", "json");
    JsonNode byMatrix = Analyses.json("labels", layer, matrix, "--format", "json");
    JsonNode byColumn = Analyses.json("labels", layer, csv, "--format", "json");

    double expected = byVector.path("results").get(0).path("similarity").asDouble();
    assertEquals(expected, byMatrix.path("results").get(0).path("similarity").asDouble(),
        SAME_COMPUTATION);
    assertEquals(expected, byColumn.path("results").get(0).path("similarity").asDouble(),
        SAME_COMPUTATION);
    assertEquals(CLASSES - 1, byMatrix.path("b").path("rank").asInt(), "one null direction");
  }

  @Test
  void anUnrelatedLayerCarriesLittleClassInformation() throws IOException {
    JsonNode json = Analyses.json("labels", noise, labels, "--format", "json");

    assertTrue(json.path("results").get(0).path("similarity").asDouble() < 0.3,
        json.toString());
  }

  @Test
  void textCsvAndPlot() throws IOException {
    Path png = dir.resolve("labels.png");

    CliRun text = CliRun.of("labels", layer, labels, "--plot", png.toString());
    CliRun csv = CliRun.of("labels", layer, labels, "--format", "csv");

    assertEquals(0, text.status(), text.err());
    assertTrue(text.out().contains("3 classes, 2 label directions"), text.out());
    assertNotNull(ImageIO.read(png.toFile()), "a PNG image");
    String[] lines = csv.out().split("\\R");
    assertEquals("class,datapoints,correlation", lines[0]);
    assertTrue(lines[CLASSES + 1].startsWith("all," + N + ","), lines[CLASSES + 1]);
  }

  @Test
  void badLabelsAreOneLine(@TempDir Path scratch) throws IOException {
    double[] single = new double[N];
    java.util.Arrays.fill(single, 4);
    String oneClass = Files.write(scratch.resolve("one.npy"), Analyses.npyVector(single))
        .toString();
    double[] fractional = classes.clone();
    fractional[5] = 1.5;
    String notInteger = Files.write(scratch.resolve("half.npy"),
        Analyses.npyVector(fractional)).toString();
    double[][] twos = new double[N][2];
    twos[3][1] = 2;
    String notOneHot = Fixtures.npy(scratch.resolve("twos.npy"), twos).toString();
    String shorter = Files.write(scratch.resolve("short.npy"),
        Analyses.npyVector(java.util.Arrays.copyOf(classes, N - 1))).toString();

    Analyses.assertRejected(CliRun.of("labels", layer, oneClass), "one.npy", "class 4",
        "at least 2 classes");
    Analyses.assertRejected(CliRun.of("labels", layer, notInteger), "half.npy", "1.5",
        "datapoint 5");
    Analyses.assertRejected(CliRun.of("labels", layer, notOneHot), "twos.npy", "not 0 or 1");
    Analyses.assertRejected(CliRun.of("labels", layer, shorter), "299");
    Analyses.assertRejected(CliRun.of("labels", layer), "LABELS");
  }
}
