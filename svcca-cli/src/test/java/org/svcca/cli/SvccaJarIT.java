package org.svcca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svcca.conformance.KnownAnswers;

/** Runs the packaged {@code svcca.jar} in its own JVM, as users do. */
class SvccaJarIT {

  @TempDir
  Path dir;

  @Test
  void compareJsonMatchesTheKnownAnswers() throws Exception {
    KnownAnswers answers = KnownAnswers.load();
    KnownAnswers.Case c = answers.named("dead_neurons");
    Path a = c.input("a", dir).orElseThrow();
    Path b = c.input("b", dir).orElseThrow();

    JarProcess run = svcca("compare", a.toString(), b.toString(), "--measure",
        "cca,svcca,pwcca,cka", "--format", "json");

    assertEquals(0, run.status(), run.err());
    JsonNode json = new ObjectMapper().readTree(run.out());
    String[] keys = {"cca", "svcca keep 0.99 by variance", "pwcca", "cka"};
    for (int i = 0; i < keys.length; i++) {
      assertEquals(c.expected().get(keys[i]).path("similarity").asDouble(),
          json.path("results").get(i).path("similarity").asDouble(),
          answers.similarityTolerance(), keys[i]);
    }
    assertEquals(44, json.path("a").path("rank").asInt());
  }

  @Test
  void streamingInASmallHeapMatchesTheKnownAnswers() throws Exception {
    KnownAnswers answers = KnownAnswers.load();
    KnownAnswers.Case c = answers.named("lowrank_shared");
    Path a = c.input("a", dir).orElseThrow();
    Path b = c.input("b", dir).orElseThrow();

    JarProcess run = svccaWith(List.of("-Xmx32m"), "compare", a.toString(), b.toString(),
        "--stream", "--measure", "svcca,cka", "--format", "json");

    assertEquals(0, run.status(), run.err());
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals("covariance", json.path("path").asText());
    assertEquals(c.expected().get("svcca keep 0.99 by variance").path("similarity").asDouble(),
        json.path("results").get(0).path("similarity").asDouble(),
        answers.similarityTolerance());
    assertEquals(c.expected().get("cka").path("similarity").asDouble(),
        json.path("results").get(1).path("similarity").asDouble(),
        answers.similarityTolerance());
  }

  @Test
  void sparkEngineNamesTheJarThatHasIt() throws Exception {
    Path a = Fixtures.npy(dir.resolve("a.npy"), Fixtures.related(2, 40, 3));

    JarProcess run = svcca("compare", a.toString(), a.toString(), "--engine", "spark");

    assertEquals(2, run.status());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(run.err().contains("svcca-spark.jar"), run.err());
  }

  @Test
  void badInputIsOneLineAndStatusTwo() throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.npy"));

    JarProcess run = svcca("compare", empty.toString(), empty.toString());

    assertEquals(2, run.status());
    assertEquals("", run.out());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(run.err().contains("empty.npy"), run.err());
  }

  @Test
  void backendsListsEveryBackendAndSelectsOne() throws Exception {
    JarProcess run = svcca("backends");

    assertEquals(0, run.status(), run.err());
    for (String id : new String[] {"ejml", "jblas", "netlib", "nd4j"}) {
      assertTrue(run.out().lines().anyMatch(l -> l.contains(" " + id + " ")), run.out());
    }
    assertTrue(run.out().contains("selected: "), run.out());
  }

  @Test
  void explicitPureJavaBackendGivesTheSameAnswer() throws Exception {
    KnownAnswers answers = KnownAnswers.load();
    KnownAnswers.Case c = answers.named("affine");
    Path a = c.input("a", dir).orElseThrow();
    Path b = c.input("b", dir).orElseThrow();

    JarProcess ejml = svcca("compare", a.toString(), b.toString(), "--measure", "svcca",
        "--format", "csv", "--backend", "ejml");
    JarProcess chosen = svcca("compare", a.toString(), b.toString(), "--measure", "svcca",
        "--format", "csv");

    assertEquals(0, ejml.status(), ejml.err());
    assertEquals(0, chosen.status(), chosen.err());
    double expected = c.expected().get("svcca keep 0.99 by variance").path("similarity")
        .asDouble();
    assertEquals(expected, Double.parseDouble(ejml.out().lines().skip(1).findFirst()
        .orElseThrow().split(",")[1]), answers.similarityTolerance());
    assertEquals(expected, Double.parseDouble(chosen.out().lines().skip(1).findFirst()
        .orElseThrow().split(",")[1]), answers.similarityTolerance());
  }

  @Test
  void demoRunsEndToEnd() throws Exception {
    JarProcess run = svcca("demo");

    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("SVCCA tells related from unrelated layers"), run.out());
    assertEquals("", run.err());
  }

  private JarProcess svcca(String... args) throws IOException, InterruptedException {
    return svccaWith(List.of(), args);
  }

  private JarProcess svccaWith(List<String> jvmOptions, String... args)
      throws IOException, InterruptedException {
    return JarProcess.run(dir, jvmOptions, args);
  }
}
