package org.svcca.spark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.svcca.cli.Main;
import org.svcca.conformance.KnownAnswers;
import org.svcca.io.ActivationFiles;
import org.svcca.io.NpyRowReader;
import org.svcca.spi.Matrix;

/**
 * {@code svcca compare --engine spark --master local[2]} in this JVM: the local engine's JSON
 * on every bundled fixture, from single files, uneven shards and Parquet.
 */
class SparkEngineTest {

  /** Spark and the local engine add the same moments in another order. */
  private static final double AGREEMENT_TOLERANCE = 1e-9;

  /** Individual correlations, as the known-answer manifest states them: 1e-8. */
  private static final double COEFFICIENT_TOLERANCE = 1e-8;

  private static final ObjectMapper JSON = new ObjectMapper();

  private static SparkSession spark;

  @TempDir
  static Path scratch;

  @BeforeAll
  static void startSpark() {
    spark = SparkSession.builder().master("local[2]").appName("SparkEngineTest")
        .config("spark.ui.enabled", "false").getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  /** Every public fixture: bundled ones always, those in shared/ where it is present. */
  @TestFactory
  Stream<DynamicTest> sparkJsonMatchesTheLocalEngineOnEveryPublicFixture() {
    List<DynamicTest> tests = new ArrayList<>();
    for (KnownAnswers.Case c : KnownAnswers.load().cases()) {
      tests.add(DynamicTest.dynamicTest(c.name(), () -> {
        Path dir = scratch.resolve(c.name());
        Optional<Path> a = c.input("a", dir);
        Optional<Path> b = c.input("b", dir);
        assumeTrue(a.isPresent() && b.isPresent(), "skipped: inputs of " + c.name()
            + " are read from the shared folder, which is absent here");
        List<String> common = new ArrayList<>(List.of("--measure", "cca,svcca,pwcca,cka",
            "--format", "json"));
        if (neuronsFirst(c, a.get())) {
          common.add("--neurons-first");
        }
        JsonNode local = json(args(a.get(), b.get(), List.of("--path", "covariance"), common));
        JsonNode distributed = json(args(a.get(), b.get(),
            List.of("--engine", "spark", "--master", "local[2]"), common));
        assertSameJson(local, distributed);
      }));
    }
    return tests.stream();
  }

  /** Whether a case's file stores neurons as rows, as its recorded shape shows. */
  private static boolean neuronsFirst(KnownAnswers.Case c, Path file) {
    Optional<int[]> used = c.shapeUsed();
    try (NpyRowReader reader = NpyRowReader.open(file.toString(), false)) {
      return used.isPresent() && reader.datapoints() != used.get()[0]
          && reader.neurons() == used.get()[0];
    }
  }

  private static String[] args(Path a, Path b, List<String> engine, List<String> common) {
    List<String> out = new ArrayList<>(List.of("compare", a.toString(), b.toString()));
    out.addAll(engine);
    out.addAll(common);
    return out.toArray(new String[0]);
  }

  @Test
  void unevenShardsInADirectoryAndAGlobGiveTheWholeFilesAnswer() throws IOException {
    Path dir = scratch.resolve("shards");
    KnownAnswers.Case c = KnownAnswers.load().named("lowrank_shared");
    String a = c.input("a", dir).orElseThrow().toString();
    String b = c.input("b", dir).orElseThrow().toString();
    Matrix ma = ActivationFiles.read(a, false);
    Matrix mb = ActivationFiles.read(b, false);
    // A in 3 shards and B in 4, at different boundaries; names sort naturally, not as text.
    Path shardsA = Files.createDirectories(dir.resolve("a"));
    writeShards(shardsA, "part-", ma, 1, 998, 1000);
    writeShards(dir, "b-", mb, 10, 11, 600, 1000);

    JsonNode whole = json("compare", a, b, "--path", "covariance", "--measure", "svcca,cka",
        "--format", "json");
    JsonNode sharded = json("compare", shardsA.toString(), dir.resolve("b-*.npy").toString(),
        "--engine", "spark", "--master", "local[2]", "--measure", "svcca,cka",
        "--format", "json");

    assertSimilaritiesAgree(whole, sharded);
    assertEquals(1000, sharded.path("samples").asInt());
  }

  @Test
  void twoColumnsOfOneParquetDatasetGiveTheFilesAnswer() throws IOException {
    Path dir = scratch.resolve("parquet");
    KnownAnswers.Case c = KnownAnswers.load().named("dead_neurons");
    String a = c.input("a", dir).orElseThrow().toString();
    String b = c.input("b", dir).orElseThrow().toString();
    String parquet = writeParquet(dir.resolve("acts.parquet"), ActivationFiles.read(a, false),
        ActivationFiles.read(b, false));

    JsonNode files = json("compare", a, b, "--path", "covariance", "--measure",
        "cca,pwcca,cka", "--format", "json");
    JsonNode columns = json("compare", parquet + ":a", parquet + ":b", "--engine", "spark",
        "--master", "local[2]", "--measure", "cca,pwcca,cka", "--format", "json");

    assertSimilaritiesAgree(files, columns);
  }

  @Test
  void badUseIsOneLineWithStatusTwo() throws IOException {
    Path dir = scratch.resolve("bad");
    KnownAnswers.Case c = KnownAnswers.load().named("affine");
    String a = c.input("a", dir).orElseThrow().toString();
    Matrix ma = ActivationFiles.read(a, false);
    writeShards(Files.createDirectories(dir.resolve("short")), "s", ma, 999);

    Run direct = run("compare", a, a, "--engine", "spark", "--path", "direct");
    Run shorter = run("compare", a, dir.resolve("short").toString(), "--engine", "spark");
    Run parquet = run("compare", "x.parquet:a", "y.parquet:b", "--engine", "spark");

    assertBad(direct, "cannot be combined with --path direct");
    assertBad(shorter, "has 1000 datapoints", "has 999");
    assertBad(parquet, "two columns of one dataset");
  }

  private static void writeShards(Path dir, String prefix, Matrix x, int... ends)
      throws IOException {
    int start = 0;
    for (int k = 0; k < ends.length; k++) {
      writeNpy(dir.resolve(prefix + (k * 5) + ".npy"), x, start, ends[k]);
      start = ends[k];
    }
  }

  /** Rows {@code [from, to)} of x as a little-endian float64 C-order .npy file. */
  private static void writeNpy(Path file, Matrix x, int from, int to) throws IOException {
    String dict = "{'descr': '<f8', 'fortran_order': False, 'shape': (" + (to - from) + ", "
        + x.cols() + "), }";
    int unpadded = 10 + dict.length() + 1;
    String header = dict + " ".repeat((64 - unpadded % 64) % 64) + "\n";
    ByteBuffer out = ByteBuffer.allocate(10 + header.length() + 8 * (to - from) * x.cols())
        .order(ByteOrder.LITTLE_ENDIAN);
    out.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1)
        .put((byte) 0).putShort((short) header.length())
        .put(header.getBytes(StandardCharsets.US_ASCII));
    for (int k = from * x.cols(); k < to * x.cols(); k++) {
      out.putDouble(x.data()[k]);
    }
    Files.write(file, out.array());
  }

  private static String writeParquet(Path path, Matrix a, Matrix b) {
    StructType schema = new StructType(new StructField[] {
        DataTypes.createStructField("a", DataTypes.createArrayType(DataTypes.DoubleType),
            false),
        DataTypes.createStructField("b", DataTypes.createArrayType(DataTypes.DoubleType),
            false)});
    List<org.apache.spark.sql.Row> rows = new ArrayList<>();
    for (int i = 0; i < a.rows(); i++) {
      rows.add(RowFactory.create(row(a, i), row(b, i)));
    }
    spark.createDataFrame(rows, schema).repartition(3).write().mode(SaveMode.Overwrite)
        .parquet(path.toString());
    return path.toString();
  }

  private static Double[] row(Matrix x, int i) {
    Double[] out = new Double[x.cols()];
    for (int j = 0; j < out.length; j++) {
      out[j] = x.get(i, j);
    }
    return out;
  }

  private static void assertSameJson(JsonNode local, JsonNode distributed) {
    List<String> localKeys = new ArrayList<>();
    local.fieldNames().forEachRemaining(localKeys::add);
    List<String> distributedKeys = new ArrayList<>();
    distributed.fieldNames().forEachRemaining(distributedKeys::add);
    assertEquals(localKeys, distributedKeys);
    assertEquals(local.path("samples"), distributed.path("samples"));
    assertEquals(local.path("backend"), distributed.path("backend"));
    assertEquals(local.path("path"), distributed.path("path"));
    assertEquals(local.path("a"), distributed.path("a"));
    assertEquals(local.path("b"), distributed.path("b"));
    assertSimilaritiesAgree(local, distributed);
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
      JsonNode wantRho = want.get(i).path("coefficients");
      JsonNode gotRho = got.get(i).path("coefficients");
      assertEquals(wantRho.size(), gotRho.size(), measure);
      for (int k = 0; k < wantRho.size(); k++) {
        assertEquals(wantRho.get(k).asDouble(), gotRho.get(k).asDouble(),
            COEFFICIENT_TOLERANCE, measure + " coefficient " + k);
      }
    }
  }

  private static void assertBad(Run run, String... fragments) {
    assertEquals(2, run.status(), run.err());
    assertEquals("", run.out());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    for (String fragment : fragments) {
      assertTrue(run.err().contains(fragment), run.err());
    }
  }

  private static JsonNode json(String... args) throws IOException {
    Run run = run(args);
    assertEquals(0, run.status(), run.err());
    return JSON.readTree(run.out());
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(status, out.toString(), err.toString());
  }

  private record Run(int status, String out, String err) {}
}
