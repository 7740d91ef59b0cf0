package org.svcca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.svcca.conformance.SharedData;

/**
 * The analysis commands on real activations (two MLPs trained on the digits data, in the
 * shared folder) against {@code analyses/expected.json}, which
 * {@code analyses/expected.py} computes with NumPy from the same definitions.
 */
class MlpDigitsAnalysesTest {

  /**
   * Two double-precision SVD implementations on the same float32 data agree to about 1e-13
   * here; 1e-9 leaves room for other backends and summation orders, and is far below any
   * difference a definition change would make.
   */
  private static final double AGAINST_NUMPY = 1e-9;

  private static final String DATA = "data/mlp-digits";

  private static JsonNode expected;
  private static Path data;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = MlpDigitsAnalysesTest.class.getResourceAsStream(
        "/analyses/expected.json")) {
      expected = new ObjectMapper().readTree(in);
    }
    Optional<Path> shared = SharedData.resolve(DATA);
    data = shared.orElse(null);
  }

  @Test
  void matrixOfTwoSeedsMatchesNumPy() throws IOException {
    JsonNode want = expected.path("matrix_vs");

    JsonNode got = Analyses.json(args("matrix", want.path("rows"), "--vs", want.path("cols"),
        "--format", "json"));

    assertEquals("svcca", got.path("measure").asText());
    assertMatrix(want.path("values"), got.path("values"));
    // Layer 1 of seed 1 is least like layer 1 of seed 2: the answer depends on the pair.
    assertNotEquals(got.path("values").get(0).get(0).asDouble(),
        got.path("values").get(0).get(3).asDouble(), 0.1);
  }

  @Test
  void matrixOfCheckpointsMatchesNumPyForCka() throws IOException {
    JsonNode want = expected.path("matrix_within");

    JsonNode got = Analyses.json(args("matrix", want.path("rows"), "--measure", "cka",
        "--format", "json"));

    assertMatrix(want.path("values"), got.path("values"));
  }

  @Test
  void dynamicsMatchesNumPy() throws IOException {
    JsonNode want = expected.path("dynamics");

    JsonNode got = Analyses.json("dynamics", dataFile(want.path("pattern").asText()),
        "--format", "json");

    assertEquals(want.path("layers"), got.path("layers"));
    assertEquals(want.path("checkpoints"), got.path("checkpoints"));
    assertEquals("60", got.path("reference").asText());
    assertMatrix(want.path("values"), got.path("values"));
    for (JsonNode level : got.path("thresholds")) {
      String threshold = Double.toString(level.path("threshold").asDouble());
      assertEquals(want.path("reached").path(threshold), level.path("reached"), threshold);
    }
  }

  @Test
  void dimsMatchesNumPy() throws IOException {
    JsonNode want = expected.path("dims");

    JsonNode got = Analyses.json("dims", dataFile("mlp_s1_ep60_l2.npy"), "--vs",
        dataFile("mlp_s2_ep60_l2.npy"), "--format", "json");

    for (String side : List.of("a", "b")) {
      assertEquals(want.path(side).path("rank"), got.path(side).path("rank"), side);
      assertEquals(want.path(side).path("dims"), got.path(side).path("dims"), side);
      assertRelative(want.path(side).path("singular_values"),
          got.path(side).path("singular_values"));
      assertVector(want.path(side).path("cumulative_variance"),
          got.path(side).path("cumulative_variance"));
    }
    assertEquals(want.path("k"), got.path("k"));
    assertVector(want.path("similarity"), got.path("similarity"));
    assertVector(want.path("total_correlation"), got.path("total_correlation"));
    assertEquals(want.path("smallest_k").asInt(), got.path("smallest_k").asInt());
  }

  @Test
  void labelsMatchNumPy() throws IOException {
    JsonNode want = expected.path("labels");

    JsonNode got = Analyses.json("labels", dataFile("mlp_s1_ep60_l3.npy"),
        dataFile("probe_labels.npy"), "--format", "json");
    JsonNode oneHot = Analyses.json("labels", dataFile("mlp_s1_ep60_l3.npy"),
        dataFile("probe_onehot.npy"), "--format", "json");

    for (JsonNode run : List.of(got, oneHot)) {
      JsonNode result = run.path("results").get(0);
      assertEquals(want.path("similarity").asDouble(), result.path("similarity").asDouble(),
          AGAINST_NUMPY);
      assertVector(want.path("coefficients"), result.path("coefficients"));
      assertEquals(want.path("dims"), result.path("dims"));
    }
    JsonNode perClass = got.path("per_class");
    assertEquals(want.path("per_class").size(), perClass.size());
    for (int c = 0; c < perClass.size(); c++) {
      JsonNode w = want.path("per_class").get(c);
      assertEquals(w.path("class"), perClass.get(c).path("class"));
      assertEquals(w.path("datapoints"), perClass.get(c).path("datapoints"));
      assertEquals(w.path("correlation").asDouble(),
          perClass.get(c).path("correlation").asDouble(), AGAINST_NUMPY, "class " + c);
    }
  }

  /** The command line with each file name made a path into the data folder. */
  private static String[] args(String command, JsonNode files, String... more) {
    List<String> args = new ArrayList<>(List.of(command));
    files.forEach(f -> args.add(dataFile(f.asText())));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  private static String[] args(String command, JsonNode rows, String vs, JsonNode cols,
      String... more) {
    List<String> args = new ArrayList<>(List.of(args(command, rows)));
    args.add(vs);
    cols.forEach(f -> args.add(dataFile(f.asText())));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  private static String dataFile(String name) {
    assumeTrue(data != null, "shared/" + DATA + " is absent; the real-activation checks are "
        + "skipped (set -D" + SharedData.PROPERTY + " to the shared folder to run them)");
    return data.resolve(name).toString();
  }

  private static void assertMatrix(JsonNode want, JsonNode got) {
    assertEquals(want.size(), got.size(), "rows");
    for (int i = 0; i < want.size(); i++) {
      assertVector(want.get(i), got.get(i));
    }
  }

  private static void assertVector(JsonNode want, JsonNode got) {
    assertEquals(want.size(), got.size(), "length");
    for (int i = 0; i < want.size(); i++) {
      assertEquals(want.get(i).asDouble(), got.get(i).asDouble(), AGAINST_NUMPY, "at " + i);
    }
  }

  /** Singular values scale with the data; they are compared relative to the largest. */
  private static void assertRelative(JsonNode want, JsonNode got) {
    assertEquals(want.size(), got.size(), "length");
    double scale = want.get(0).asDouble();
    for (int i = 0; i < want.size(); i++) {
      assertEquals(want.get(i).asDouble(), got.get(i).asDouble(), AGAINST_NUMPY * scale,
          "at " + i);
    }
  }
}
