package org.svcca.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svcca.conformance.KnownAnswers;

/** Runs the packaged {@code svcca-spark.jar} in its own JVM, as users do. */
class SvccaSparkJarIT {

  /** Spark and the local engine add the same moments in another order. */
  private static final double AGREEMENT_TOLERANCE = 1e-9;

  private static final Path JAR =
      Paths.get(System.getProperty("svcca-spark.jar", "target/svcca-spark.jar"));

  @TempDir
  Path dir;

  @Test
  void sparkEnginePrintsTheLocalEnginesJson() throws Exception {
    KnownAnswers.Case c = KnownAnswers.load().named("dead_neurons");
    String a = c.input("a", dir).orElseThrow().toString();
    String b = c.input("b", dir).orElseThrow().toString();

    Result local = svcca("compare", a, b, "--measure", "svcca,pwcca,cka", "--format", "json");
    Result spark = svcca("compare", a, b, "--engine", "spark", "--master", "local[2]",
        "--measure", "svcca,pwcca,cka", "--format", "json");

    assertEquals(0, local.status, local.err);
    assertEquals(0, spark.status, spark.err);
    JsonNode want = new ObjectMapper().readTree(local.out);
    JsonNode got = new ObjectMapper().readTree(spark.out);
    assertEquals("covariance", got.path("path").asText());
    assertEquals(want.path("a"), got.path("a"));
    for (int i = 0; i < 3; i++) {
      assertEquals(want.path("results").get(i).path("similarity").asDouble(),
          got.path("results").get(i).path("similarity").asDouble(), AGREEMENT_TOLERANCE);
    }
  }

  @Test
  void missingInputIsOneLineAndStatusTwo() throws Exception {
    Result run = svcca("compare", dir.resolve("none.npy").toString(),
        dir.resolve("none.npy").toString(), "--engine", "spark", "--master", "local[1]");

    assertEquals(2, run.status, run.err);
    assertEquals(1, run.err.strip().lines().count(), run.err);
    assertTrue(run.err.contains("none.npy"), run.err);
  }

  private Result svcca(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
        .redirectError(err.toFile()).start();
    assertTrue(process.waitFor(180, TimeUnit.SECONDS), "svcca-spark.jar did not finish");
    return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private record Result(int status, String out, String err) {}
}
