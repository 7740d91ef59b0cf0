package org.svcca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svcca.Backends;
import org.svcca.conformance.KnownAnswers;
import org.svcca.io.ActivationFiles;
import org.svcca.io.NdArray;
import org.svcca.spi.Matrix;

class CompareCommandTest {

  @TempDir
  static Path scratch;

  private static final KnownAnswers ANSWERS = KnownAnswers.load();
  private static String fileA;
  private static String fileB;

  @BeforeAll
  static void copyFixtures() {
    KnownAnswers.Case lowrank = ANSWERS.named("lowrank_shared");
    fileA = lowrank.input("a", scratch).orElseThrow().toString();
    fileB = lowrank.input("b", scratch).orElseThrow().toString();
  }

  @Test
  void jsonFollowsTheContractAndMatchesKnownAnswers() throws IOException {
    CliRun run = CliRun.of("compare", fileA, fileB, "--measure", "cca,svcca,pwcca,cka",
        "--format", "json");

    assertEquals(0, run.status(), run.err());
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals(1000, json.path("samples").asInt());
    assertEquals(Backends.discover().choose(null).id(), json.path("backend").asText());
    assertEquals(fileA, json.path("a").path("path").asText());
    assertEquals(64, json.path("a").path("neurons").asInt());
    assertEquals(53, json.path("a").path("dims").asInt());
    assertEquals(48, json.path("b").path("neurons").asInt());
    assertEquals(42, json.path("b").path("dims").asInt());
    List<String> keys = List.of("cca", "svcca keep 0.99 by variance", "pwcca", "cka");
    KnownAnswers.Case lowrank = ANSWERS.named("lowrank_shared");
    for (int i = 0; i < keys.size(); i++) {
      JsonNode result = json.path("results").get(i);
      double expected = lowrank.expected().get(keys.get(i)).path("similarity").asDouble();
      assertEquals(expected, result.path("similarity").asDouble(),
          ANSWERS.similarityTolerance(), keys.get(i));
    }
    JsonNode svcca = json.path("results").get(1);
    assertEquals("svcca", svcca.path("measure").asText());
    assertEquals(42, svcca.path("coefficients").size());
    assertEquals(53, svcca.path("dims").path("a").asInt());
    assertTrue(json.path("results").get(2).has("weights"));
    assertEquals("", run.err());
  }

  @Test
  void defaultMeasureIsSvccaInText() {
    CliRun run = CliRun.of("compare", fileA, fileB);

    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("svcca          0.375822"), run.out());
    assertTrue(run.out().contains("SVCCA keeps 53"), run.out());
  }

  @Test
  void csvHasAHeaderAndOneRowPerMeasure() {
    CliRun run = CliRun.of("compare", fileA, fileB, "--measure", "cca,cka", "--format", "csv");

    String[] lines = run.out().split("\\R");
    assertEquals(0, run.status(), run.err());
    assertEquals("measure,similarity,dims_a,dims_b,coefficients,p_value,ci_low,ci_high",
        lines[0]);
    assertTrue(lines[1].startsWith("cca,0.3722771001057"), lines[1]);
    assertTrue(lines[2].startsWith("cka,0.82746885461"), lines[2]);
    assertEquals(3, lines.length);
  }

  @Test
  void dimsAndKeepByChangeTheAnswer() throws IOException {
    JsonNode byDims = json("compare", fileA, fileB, "--dims", "20", "--format", "json");
    JsonNode bySingular = json("compare", fileA, fileB, "--keep", "0.99", "--keep-by",
        "singular-values", "--format", "json");

    KnownAnswers.Case lowrank = ANSWERS.named("lowrank_shared");
    assertEquals(lowrank.expected().get("svcca dims 20").path("similarity").asDouble(),
        byDims.path("results").get(0).path("similarity").asDouble(), 1e-9);
    assertEquals(
        lowrank.expected().get("svcca keep 0.99 by singular-values").path("similarity")
            .asDouble(), bySingular.path("results").get(0).path("similarity").asDouble(),
        1e-9);
  }

  @Test
  void neuronsFirstTransposesBothInputs(@TempDir Path dir) throws IOException {
    Path a = Fixtures.csv(dir.resolve("a.csv"), Fixtures.transpose(Fixtures.related(1, 60, 4)));
    Path b = Fixtures.csv(dir.resolve("b.csv"), Fixtures.transpose(Fixtures.related(1, 60, 3)));

    CliRun run = CliRun.of("compare", a.toString(), b.toString(), "--neurons-first",
        "--format", "json");

    assertEquals(0, run.status(), run.err());
    assertEquals(60, new ObjectMapper().readTree(run.out()).path("samples").asInt());
  }

  @Test
  void significanceAddsPValuesAndIntervalsReproducibly() throws IOException {
    String[] args = {"compare", fileA, fileB, "--measure", "svcca,cka", "--dims", "10",
        "--permutations", "49", "--bootstrap", "50", "--seed", "5", "--format", "json"};

    JsonNode first = json(args);
    JsonNode again = json(args);

    for (JsonNode result : first.path("results")) {
      double value = result.path("similarity").asDouble();
      assertEquals(0.02, result.path("p_value").asDouble(), 1e-12, "1 / (49 + 1)");
      assertTrue(result.path("ci").get(0).asDouble() < value
          && value < result.path("ci").get(1).asDouble(), result.toString());
    }
    assertEquals(first, again);
    assertEquals(49, first.path("significance").path("permutations").asInt());
  }

  @Test
  void aBiasedBootstrapIsToldNotHidden() {
    // With 42 kept directions most correlations are chance; resampling repeats datapoints,
    // which inflates them, so the interval misses the full-data value and says so.
    CliRun run = CliRun.of("compare", fileA, fileB, "--bootstrap", "20", "--format", "csv");

    assertEquals(0, run.status(), run.err());
    assertTrue(run.err().contains("lies outside its bootstrap interval"), run.err());
  }

  @Test
  void directionsArchiveProjectsTheLayerOntoItsVariates() {
    Path out = scratch.resolve("directions.npz");

    CliRun run = CliRun.of("compare", fileA, fileB, "--dims", "10", "--directions",
        out.toString(), "--format", "json");

    assertEquals(0, run.status(), run.err());
    Matrix a = ActivationFiles.read(fileA, false);
    NdArray mean = ActivationFiles.readArray(out + ":a_mean");
    Matrix weights = ActivationFiles.read(out + ":a_weights", false);
    Matrix variates = ActivationFiles.read(out + ":a_variates", false);
    double[] correlations = ActivationFiles.readArray(out + ":correlations").data();
    assertEquals(10, correlations.length);
    assertEquals(64, weights.rows());
    for (int i = 0; i < a.rows(); i += 97) {
      for (int k = 0; k < 10; k++) {
        double projected = 0.0;
        for (int j = 0; j < a.cols(); j++) {
          projected += (a.get(i, j) - mean.data()[j]) * weights.get(j, k);
        }
        assertEquals(variates.get(i, k), projected, 1e-10);
      }
    }
  }

  @Test
  void directionsAreNotWrittenWhenTheComparisonFails() {
    Path out = scratch.resolve("never.npz");

    CliRun run = CliRun.of("compare", fileA, fileB, "--dims", "0", "--directions",
        out.toString());

    assertEquals(Main.BAD_INPUT, run.status());
    assertTrue(!java.nio.file.Files.exists(out));
  }

  private static JsonNode json(String... args) throws IOException {
    CliRun run = CliRun.of(args);
    assertEquals(0, run.status(), run.err());
    return new ObjectMapper().readTree(run.out());
  }
}
