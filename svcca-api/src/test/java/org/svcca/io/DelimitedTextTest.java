package org.svcca.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.svcca.io.IoFiles.assertInvalid;
import static org.svcca.io.IoFiles.write;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DelimitedTextTest {

  private static final double[] TABLE = {1, 2.5, -3, 4e-3, 5, 6};

  @TempDir
  Path dir;

  private NdArray read(String name, String text) {
    return ActivationFiles.readArray(write(dir, name, text));
  }

  private static void assertTable(NdArray array) {
    assertArrayEquals(new int[] {2, 3}, array.shape());
    assertArrayEquals(TABLE, array.data());
  }

  @Test
  void readsCsvWithHeader() {
    assertTable(read("a.csv", "n0,n1,n2\n1,2.5,-3\n4e-3,5,6\n"));
  }

  @Test
  void readsCsvWithoutHeader() {
    assertTable(read("a.csv", "1,2.5,-3\n4e-3,5,6\n"));
  }

  @Test
  void readsCsvWithQuotedHeaderAndCellsAndSpaces() {
    assertTable(read("a.csv", "\"n0\", \"n1\", \"n2\"\n \"1\" , 2.5 , -3\n4e-3,5,6\n"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a.tsv", "a.tab", "a.TSV"})
  void readsTabSeparatedFiles(String name) {
    assertTable(read(name, "n 0\tn 1\tn 2\n1\t2.5\t-3\n4e-3\t5\t6\n"));
  }

  @Test
  void readsWhitespaceSeparatedTextAsWrittenByNpSavetxt() {
    assertTable(read("a.txt", "# written by np.savetxt\n1.0e+00 2.5  -3\n  4e-3 5 6\n"));
  }

  @Test
  void guessesCommasInFilesWithoutAKnownExtension() {
    assertTable(read("acts", "1,2.5,-3\n4e-3,5,6\n"));
  }

  @Test
  void ignoresTrailingBlankLinesCommentsByteOrderMarkAndCrLf() {
    assertTable(read("a.csv",
        "\uFEFFn0,n1,n2\r\n# a comment\r\n1,2.5,-3\r\n4e-3,5,6\r\n\r\n  \n"));
  }

  @Test
  void returnsNanAndInfinityTextAsValues() {
    NdArray array = read("a.csv", "NaN,inf,-Infinity,+INF,nan\n");

    assertArrayEquals(new double[] {Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NaN}, array.data());
  }

  @Test
  void headerOnlyFileHasNoRows() {
    assertArrayEquals(new int[] {0, 3}, read("a.csv", "n0,n1,n2\n").shape());
  }

  @Test
  void rejectsRaggedRowNamingTheLineAndBothCounts() {
    String spec = write(dir, "a.csv", "1,2,3\n4,5,6\n7,8\n");

    assertInvalid(spec, () -> ActivationFiles.readArray(spec),
        "line 3 has 2 cells, the first row has 3 (comma-separated)");
  }

  @Test
  void countsCellsInGoodEnglish() {
    String spec = write(dir, "a.csv", "1,2\n3\n");

    assertInvalid(spec, () -> ActivationFiles.readArray(spec),
        "line 2 has 1 cell, the first row has 2");
  }

  @Test
  void rejectsRowThatDisagreesWithTheHeader() {
    String spec = write(dir, "a.tsv", "a\tb\tc\n1\t2\t3\t4\n");

    assertInvalid(spec, () -> ActivationFiles.readArray(spec),
        "line 2 has 4 cells, the header on line 1 has 3 (tab-separated)");
  }

  @Test
  void rejectsNonNumericCellNamingLineAndColumn() {
    String spec = write(dir, "a.csv", "x,y\n1,2\n3,abc\n");

    assertInvalid(spec, () -> ActivationFiles.readArray(spec),
        "line 3, column 2: 'abc' is not a number (reading the file as comma-separated)");
  }

  @Test
  void rejectsEmptyCell() {
    String spec = write(dir, "a.csv", "1,2,3\n4,,6\n");

    assertInvalid(spec, () -> ActivationFiles.readArray(spec),
        "line 2, column 2: empty cell where a number should be");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0x1p3", "1f", "2d", "1,5"})
  void rejectsNumberFormsThatAreNotPlainDecimals(String cell) {
    String spec = write(dir, "a.tsv", "1\t2\n3\t" + cell + "\n");

    assertInvalid(spec, () -> ActivationFiles.readArray(spec),
        "line 2, column 2: '" + cell + "' is not a number");
  }

  @Test
  void showsTabsInACellOfACommaSeparatedFile() {
    String spec = write(dir, "a.csv", "a\tb\n1\t2\n");

    assertInvalid(spec, () -> ActivationFiles.readArray(spec),
        "line 2, column 1: '1\\t2' is not a number (reading the file as comma-separated)");
  }

  @Test
  void rejectsBlankLineBetweenRows() {
    String spec = write(dir, "a.csv", "1,2\n\n3,4\n");

    assertInvalid(spec, () -> ActivationFiles.readArray(spec),
        "line 2 is blank but rows follow on line 3");
  }
}
