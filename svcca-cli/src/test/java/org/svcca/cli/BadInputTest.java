package org.svcca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input ends with exit status 2, one line on standard error that names the
 * input and the problem, nothing on standard output and no stack trace.
 */
class BadInputTest {

  @TempDir
  Path dir;

  private String good;
  private String other;

  @BeforeEach
  void writeGoodFiles() throws IOException {
    good = Fixtures.npy(dir.resolve("good.npy"), Fixtures.related(7, 200, 6)).toString();
    other = Fixtures.npy(dir.resolve("other.npy"), Fixtures.related(7, 200, 5)).toString();
  }

  @Test
  void mismatchedDatapointCounts() throws IOException {
    Path short_ = Fixtures.npy(dir.resolve("short.npy"), Fixtures.related(7, 199, 5));

    assertRejected(CliRun.of("compare", good, short_.toString()),
        good + " has 200 datapoints, " + short_ + " has 199");
  }

  @Test
  void nanNamesFileDatapointAndNeuron() throws IOException {
    double[][] values = Fixtures.related(7, 200, 5);
    values[17][2] = Double.NaN;
    Path bad = Fixtures.npy(dir.resolve("nan.npy"), values);

    assertRejected(CliRun.of("compare", good, bad.toString()), "nan.npy", "NaN", "17", "2");
  }

  @Test
  void infinityInCsvNamesItsPlace() throws IOException {
    double[][] values = Fixtures.related(7, 200, 5);
    values[3][4] = Double.POSITIVE_INFINITY;
    Path bad = Fixtures.csv(dir.resolve("inf.csv"), values);

    assertRejected(CliRun.of("compare", bad.toString(), good), "inf.csv", "Inf", "3", "4");
  }

  @Test
  void constantLayer() throws IOException {
    Path flat = Fixtures.npy(dir.resolve("flat.npy"), Fixtures.constant(200, 4, 0.0));

    assertRejected(CliRun.of("compare", good, flat.toString()), "flat.npy",
        "all 4 neurons are constant");
  }

  @Test
  void emptyFile() throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.npy"));

    assertRejected(CliRun.of("compare", empty.toString(), good), "empty.npy");
  }

  @Test
  void truncatedNpy() throws IOException {
    byte[] whole = Fixtures.npyBytes(Fixtures.related(7, 200, 6));
    Path cut = Files.write(dir.resolve("cut.npy"), Arrays.copyOf(whole, whole.length - 100));

    assertRejected(CliRun.of("compare", cut.toString(), good), "cut.npy", "truncated");
  }

  @Test
  void badMagic() throws IOException {
    byte[] whole = Fixtures.npyBytes(Fixtures.related(7, 200, 6));
    whole[1] = 'X';
    Path bad = Files.write(dir.resolve("magic.npy"), whole);

    assertRejected(CliRun.of("compare", bad.toString(), good), "magic.npy");
  }

  @Test
  void missingNpzMember() throws IOException {
    Path archive = Fixtures.npz(dir.resolve("acts.npz"), new String[] {"layer1", "layer2"},
        new double[][][] {Fixtures.related(7, 200, 6), Fixtures.related(7, 200, 4)});

    assertRejected(CliRun.of("compare", archive + ":layer3", good), "acts.npz", "layer3",
        "layer1");
  }

  @Test
  void npzMemberIsRead() throws IOException {
    Path archive = Fixtures.npz(dir.resolve("acts.npz"), new String[] {"layer1", "layer2"},
        new double[][][] {Fixtures.related(7, 200, 6), Fixtures.related(7, 200, 4)});

    CliRun run = CliRun.of("compare", archive + ":layer2", good, "--format", "csv");

    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("svcca,"), run.out());
  }

  @Test
  void missingFile() {
    assertRejected(CliRun.of("compare", dir.resolve("nowhere.npy").toString(), good),
        "nowhere.npy");
  }

  @Test
  void unknownMeasure() {
    assertRejected(CliRun.of("compare", good, other, "--measure", "svcca,cosine"),
        "unknown measure 'cosine'", "cca, svcca, pwcca, cka");
  }

  @Test
  void unknownBackend() {
    assertRejected(CliRun.of("compare", good, other, "--backend", "cuda"),
        "unknown backend 'cuda'", "ejml");
  }

  @Test
  void zeroDims() {
    assertRejected(CliRun.of("compare", good, other, "--dims", "0"), "dims", "at least 1");
  }

  @Test
  void keepAboveOne() {
    assertRejected(CliRun.of("compare", good, other, "--keep", "1.5"), "keep", "1.5");
  }

  @Test
  void dimsAndKeepTogether() {
    assertRejected(CliRun.of("compare", good, other, "--dims", "3", "--keep", "0.9"),
        "--dims and --keep");
  }

  @Test
  void unknownKeepByRule() {
    assertRejected(CliRun.of("compare", good, other, "--keep-by", "median"), "median");
  }

  @Test
  void fewerDatapointsThanDirections() throws IOException {
    Path wideA = Fixtures.npy(dir.resolve("wide_a.npy"), Fixtures.gaussian(30, 25, 1));
    Path wideB = Fixtures.npy(dir.resolve("wide_b.npy"), Fixtures.gaussian(30, 25, 2));

    assertRejected(CliRun.of("compare", wideA.toString(), wideB.toString(), "--measure", "cca"),
        "30 datapoints", "by construction");
  }

  @Test
  void fewerDatapointsThanDirectionsIsAWarningWhenAllowed() throws IOException {
    Path wideA = Fixtures.npy(dir.resolve("wide_a.npy"), Fixtures.gaussian(30, 25, 1));
    Path wideB = Fixtures.npy(dir.resolve("wide_b.npy"), Fixtures.gaussian(30, 25, 2));

    CliRun run = CliRun.of("compare", wideA.toString(), wideB.toString(), "--measure", "cca",
        "--allow-underdetermined");

    assertEquals(0, run.status(), run.err());
    assertTrue(run.err().startsWith("svcca: warning: cca on 30 datapoints"), run.err());
  }

  @Test
  void negativePermutations() {
    assertRejected(CliRun.of("compare", good, other, "--permutations", "-3"), "permutations",
        "-3");
  }

  @Test
  void bootstrapOfOne() {
    assertRejected(CliRun.of("compare", good, other, "--bootstrap", "1"), "at least 2");
  }

  @Test
  void significanceOnTheCovariancePath() {
    assertRejected(CliRun.of("compare", good, other, "--permutations", "10", "--path",
        "covariance"), "direct path");
  }

  @Test
  void missingSecondFile() {
    assertRejected(CliRun.of("compare", good), "compare", "B");
  }

  @Test
  void unknownOption() {
    assertRejected(CliRun.of("compare", good, other, "--colour"), "--colour");
  }

  @Test
  void unknownFormat() {
    assertRejected(CliRun.of("compare", good, other, "--format", "xml"), "xml");
  }

  @Test
  void noCommand() {
    assertRejected(CliRun.of(), "compare, backends or demo");
  }

  private static void assertRejected(CliRun run, String... fragments) {
    assertEquals(Main.BAD_INPUT, run.status(), run.err());
    assertEquals("", run.out(), "nothing on standard output");
    String[] lines = run.errLines();
    assertEquals(1, lines.length, "one line on standard error: " + run.err());
    for (String fragment : fragments) {
      assertTrue(lines[0].contains(fragment), "'" + fragment + "' missing from: " + lines[0]);
    }
    assertTrue(!run.err().contains("Exception") && !run.err().contains("\tat "),
        "no stack trace: " + run.err());
  }
}
