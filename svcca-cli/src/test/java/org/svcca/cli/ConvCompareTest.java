package org.svcca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svcca.conformance.KnownAnswers;

class ConvCompareTest {

  @TempDir
  Path scratch;

  @Test
  void dftMatchesTheBundledNumpyAnswer() throws IOException {
    String a = KnownAnswers.bundledFile("conv/a.npy", scratch).toString();
    String b = KnownAnswers.bundledFile("conv/b.npy", scratch).toString();

    CliRun run = CliRun.of("compare", a, b, "--conv", "dft", "--measure", "cca", "--format",
        "json");

    assertEquals(0, run.status(), run.err());
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals(expected("a vs b"), json.path("results").get(0).path("similarity").asDouble(),
        1e-9);
    assertEquals(36, json.path("results").get(0).path("frequencies").size());
    assertEquals(6, json.path("a").path("shape").get(1).asInt());
  }

  @Test
  void flattenTreatsEveryPositionAsADatapoint() throws IOException {
    String a = KnownAnswers.bundledFile("conv/a.npy", scratch).toString();
    String b = KnownAnswers.bundledFile("conv/b.npy", scratch).toString();

    CliRun run = CliRun.of("compare", a, b, "--measure", "cca", "--format", "json");

    assertEquals(0, run.status(), run.err());
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals(60 * 6 * 6, json.path("samples").asInt());
    assertEquals(3, json.path("a").path("neurons").asInt());
  }

  @Test
  void flattenRefusesLayersOfDifferentSpatialSize() {
    String a = KnownAnswers.bundledFile("conv/a.npy", scratch).toString();
    String c = KnownAnswers.bundledFile("conv/c.npy", scratch).toString();

    CliRun run = CliRun.of("compare", a, c, "--measure", "cca");

    assertEquals(Main.BAD_INPUT, run.status());
    assertTrue(run.err().contains("2160 datapoints") && run.err().contains("960"), run.err());
  }

  @Test
  void dftNeedsFourDimensionalInput() throws IOException {
    String a = KnownAnswers.bundledFile("conv/a.npy", scratch).toString();
    Path flat = Fixtures.npy(scratch.resolve("flat.npy"), Fixtures.related(1, 60, 4));

    CliRun run = CliRun.of("compare", a, flat.toString(), "--conv", "dft");

    assertEquals(Main.BAD_INPUT, run.status());
    assertTrue(run.err().contains("flat.npy: --conv dft needs 4-D"), run.err());
  }

  @Test
  void matrixAndDynamicsReadConvolutionalLayersFlattened() throws IOException {
    String a = KnownAnswers.bundledFile("conv/a.npy", scratch).toString();
    String b = KnownAnswers.bundledFile("conv/b.npy", scratch).toString();

    CliRun matrix = CliRun.of("matrix", a, b, "--measure", "cca", "--format", "json");
    CliRun flat = CliRun.of("compare", a, b, "--measure", "cca", "--format", "json");
    CliRun dft = CliRun.of("matrix", a, b, "--conv", "dft");

    assertEquals(0, matrix.status(), matrix.err());
    JsonNode values = new ObjectMapper().readTree(matrix.out()).path("values");
    double expected = new ObjectMapper().readTree(flat.out()).path("results").get(0)
        .path("similarity").asDouble();
    assertEquals(expected, values.get(0).get(1).asDouble(), 1e-12);
    assertEquals(Main.BAD_INPUT, dft.status());
    assertTrue(dft.err().contains("available in compare"), dft.err());
  }

  private static double expected(String key) throws IOException {
    try (InputStream in = KnownAnswers.class.getResourceAsStream("/golden/conv/expected.json")) {
      return new ObjectMapper().readTree(in).path(key).path("similarity").asDouble();
    }
  }
}
