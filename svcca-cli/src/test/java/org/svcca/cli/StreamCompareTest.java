package org.svcca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.svcca.Backends;
import org.svcca.Comparison;
import org.svcca.ComputationPath;
import org.svcca.Measure;
import org.svcca.SimilarityOptions;
import org.svcca.conformance.KnownAnswers;
import org.svcca.io.NpyRowReader;

/** {@code compare --stream}: the same JSON as the in-memory paths, from one pass in chunks. */
class StreamCompareTest {

  /**
   * Streamed and in-memory moments differ by the order of additions only, so similarities
   * agree as the two in-memory paths do.
   */
  private static final double AGREEMENT_TOLERANCE = 1e-9;

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path scratch;

  /** Every public fixture: bundled ones always, those in shared/ where it is present. */
  @TestFactory
  Stream<DynamicTest> streamedJsonMatchesBothInMemoryPathsOnEveryPublicFixture() {
    List<DynamicTest> tests = new ArrayList<>();
    for (KnownAnswers.Case c : KnownAnswers.load().cases()) {
      tests.add(DynamicTest.dynamicTest(c.name(), () -> checkAgreement(c)));
    }
    return tests.stream();
  }

  @Test
  void neuronsFirstFilesStreamAsTheyReadWhole(@TempDir Path dir) throws IOException {
    String a = Fixtures.npy(dir.resolve("a.npy"),
        Fixtures.transpose(Fixtures.related(3, 300, 6))).toString();
    String b = Fixtures.npy(dir.resolve("b.npy"),
        Fixtures.transpose(Fixtures.related(3, 300, 4))).toString();

    JsonNode streamed = json("compare", a, b, "--neurons-first", "--stream", "--measure",
        "cca,cka", "--format", "json");
    JsonNode whole = json("compare", a, b, "--neurons-first", "--measure", "cca,cka",
        "--format", "json");

    assertEquals(300, streamed.path("samples").asInt());
    assertSimilaritiesAgree(whole, streamed);
  }

  @Test
  void streamingRefusesWhatItCannotDo(@TempDir Path dir) throws IOException {
    String npy = Fixtures.npy(dir.resolve("a.npy"), Fixtures.related(3, 50, 4)).toString();
    String csv = Fixtures.csv(dir.resolve("b.csv"), Fixtures.related(3, 50, 4)).toString();
    String shorter = Fixtures.npy(dir.resolve("c.npy"), Fixtures.related(3, 49, 4))
        .toString();

    assertOneLineError(CliRun.of("compare", npy, csv, "--stream"), csv,
        "--stream reads .npy files only");
    assertOneLineError(CliRun.of("compare", npy, npy, "--stream", "--path", "direct"),
        "cannot be combined with --path direct");
    assertOneLineError(CliRun.of("compare", npy, shorter, "--stream"),
        npy + " has 50 datapoints, " + shorter + " has 49");
  }

  @Test
  void sparkEngineIsNotInSvccaJarAndSaysWhichJarHasIt(@TempDir Path dir) throws IOException {
    String npy = Fixtures.npy(dir.resolve("a.npy"), Fixtures.related(3, 50, 4)).toString();

    assertOneLineError(CliRun.of("compare", npy, npy, "--engine", "spark", "--master",
        "local[2]"), "svcca-spark.jar");
    assertOneLineError(CliRun.of("compare", npy, npy, "--master", "local[2]"),
        "--master names a cluster and applies only with --engine spark");
    assertOneLineError(CliRun.of("compare", npy, npy, "--engine", "flink"),
        "unknown engine 'flink'");
  }

  @Test
  void dataThatCrowdsTheHeapIsStreamedAndSmallDataIsNot(@TempDir Path dir)
      throws IOException {
    String a = Fixtures.npy(dir.resolve("a.npy"), Fixtures.related(5, 400, 8)).toString();
    String b = Fixtures.npy(dir.resolve("b.npy"), Fixtures.related(5, 400, 6)).toString();
    long bytes = 400L * (8 + 6) * Double.BYTES;

    Comparison tight = new LocalEngine(() -> bytes).compare(request(a, b));
    Comparison roomy = new LocalEngine(() -> LocalEngine.IN_MEMORY_COPIES * bytes)
        .compare(request(a, b));

    assertEquals(ComputationPath.COVARIANCE, tight.path());
    assertEquals(ComputationPath.DIRECT, roomy.path());
    assertEquals(roomy.result(Measure.SVCCA).similarity(),
        tight.result(Measure.SVCCA).similarity(), AGREEMENT_TOLERANCE);
  }

  @Test
  void progressRewritesOneLineAtMostFourTimesASecondAndEndsIt() {
    StringWriter text = new StringWriter();
    long[] now = {0};
    StreamProgress progress = new StreamProgress(new PrintWriter(text, true), () -> now[0]);

    progress.advanced(100, 1000);
    now[0] = 100_000_000L;
    progress.advanced(200, 1000);
    now[0] = 1_000_000_000L;
    progress.advanced(1000, 1000);
    progress.finish();

    String shown = text.toString();
    assertEquals(2, shown.chars().filter(ch -> ch == '\r').count(), shown);
    assertTrue(shown.contains("1,000 of 1,000 datapoints (100%), 1,000 a second"), shown);
    assertTrue(shown.endsWith(System.lineSeparator()), shown);
    assertFalse(StreamProgress.silent().enabled());
  }

  private static CompareRequest request(String a, String b) {
    return new CompareRequest(a, b, false, List.of(Measure.SVCCA),
        // In memory the direct path is kept, so the path in the result shows what happened.
        SimilarityOptions.builder().labels(a, b).path(ComputationPath.DIRECT).build(),
        Backends.discover().select(null),
        CompareRequest.Streaming.AUTO, Optional.empty(), StreamProgress.silent(), false);
  }

  private static void checkAgreement(KnownAnswers.Case c) throws IOException {
    Path dir = scratch.resolve(c.name());
    Optional<Path> inputA = c.input("a", dir);
    Optional<Path> inputB = c.input("b", dir);
    assumeTrue(inputA.isPresent() && inputB.isPresent(), "skipped: inputs of " + c.name()
        + " are read from the shared folder, which is absent here");
    String a = inputA.get().toString();
    String b = inputB.get().toString();
    List<String> common = new ArrayList<>(List.of("--measure", "cca,svcca,pwcca,cka",
        "--format", "json"));
    if (neuronsFirst(c, a)) {
      common.add("--neurons-first");
    }

    JsonNode streamed = json(concat(List.of("compare", a, b, "--stream"), common));
    JsonNode covariance = json(concat(List.of("compare", a, b, "--path", "covariance"),
        common));
    JsonNode direct = json(concat(List.of("compare", a, b), common));

    assertEquals("covariance", streamed.path("path").asText());
    assertEquals(covariance.path("samples"), streamed.path("samples"));
    assertEquals(covariance.path("a"), streamed.path("a"));
    assertEquals(covariance.path("b"), streamed.path("b"));
    assertEquals(fieldNames(covariance), fieldNames(streamed));
    assertSimilaritiesAgree(covariance, streamed);
    assertSimilaritiesAgree(direct, streamed);
  }

  /** Whether a case's file stores neurons as rows, as its recorded shape shows. */
  private static boolean neuronsFirst(KnownAnswers.Case c, String file) {
    Optional<int[]> used = c.shapeUsed();
    try (NpyRowReader reader = NpyRowReader.open(file, false)) {
      return used.isPresent() && reader.datapoints() != used.get()[0]
          && reader.neurons() == used.get()[0];
    }
  }

  private static void assertSimilaritiesAgree(JsonNode expected, JsonNode actual) {
    JsonNode want = expected.path("results");
    JsonNode got = actual.path("results");
    assertEquals(want.size(), got.size());
    for (int i = 0; i < want.size(); i++) {
      String measure = want.get(i).path("measure").asText();
      assertEquals(measure, got.get(i).path("measure").asText());
      assertEquals(want.get(i).path("similarity").asDouble(),
          got.get(i).path("similarity").asDouble(), AGREEMENT_TOLERANCE, measure);
      assertEquals(want.get(i).path("dims"), got.get(i).path("dims"), measure);
      assertEquals(want.get(i).path("coefficients").size(),
          got.get(i).path("coefficients").size(), measure);
    }
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static void assertOneLineError(CliRun run, String... fragments) {
    assertEquals(2, run.status(), run.err());
    assertEquals("", run.out());
    assertEquals(1, run.errLines().length, run.err());
    for (String fragment : fragments) {
      assertTrue(run.err().contains(fragment), run.err());
    }
  }

  private static JsonNode json(String... args) throws IOException {
    CliRun run = CliRun.of(args);
    assertEquals(0, run.status(), run.err());
    return JSON.readTree(run.out());
  }

  private static String[] concat(List<String> first, List<String> second) {
    List<String> out = new ArrayList<>(first);
    out.addAll(second);
    return out.toArray(new String[0]);
  }
}
