package org.svcca.io;

import static org.svcca.io.Problems.invalid;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a table of numbers from delimited text: CSV, TSV or whitespace-separated columns as
 * written by {@code np.savetxt}.
 *
 * <p>Rules, chosen so that a mistake in the file is reported rather than guessed around:
 * <ul>
 *   <li>The first content line is a header, and skipped, when any of its cells is not a
 *       number; only that line may be one.
 *   <li>Lines starting with {@code #} are comments, as in {@code np.loadtxt}; blank lines at
 *       the end are ignored, a blank line between rows is an error.
 *   <li>Every row must have as many cells as the first; a cell must be a decimal number,
 *       {@code nan}, {@code inf} or {@code infinity} (any case, optional sign), optionally
 *       in double quotes. Non-finite values are returned as such for the caller to judge.
 *   <li>Quoted cells containing the delimiter are not supported: such a file fails with a
 *       cell-count error, never with shifted columns.
 * </ul>
 * Line and column numbers in messages are 1-based, as text editors show them.
 */
final class DelimitedText {

  /** How cells are separated. */
  enum Delimiter {
    COMMA("comma-separated"),
    TAB("tab-separated"),
    WHITESPACE("whitespace-separated");

    private final String description;

    Delimiter(String description) {
      this.description = description;
    }

    /** Guesses from the first content line: a tab, else a comma, else runs of spaces. */
    static Delimiter sniff(String line) {
      if (line.indexOf('\t') >= 0) {
        return TAB;
      }
      return line.indexOf(',') >= 0 ? COMMA : WHITESPACE;
    }
  }

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  /** Digits, sign, point and exponent only: keeps out Java-only forms like 0x1p3 and 1f. */
  private static final Pattern DECIMAL = Pattern.compile("[0-9+\\-.eE]+");

  private final String name;
  private Delimiter delimiter;
  private int columns = -1;
  private int headerLine;
  private int rows;
  private double[] values = new double[1024];
  private int blankLine;

  private DelimitedText(String name, Delimiter delimiter) {
    this.name = name;
    this.delimiter = delimiter;
  }

  /**
   * Reads the table in {@code path} as a rows x columns array; a header-only file gives
   * 0 rows.
   *
   * @param delimiter the separator, or null to guess it from the first content line
   */
  static NdArray read(String name, Path path, Delimiter delimiter) throws IOException {
    DelimitedText table = new DelimitedText(name, delimiter);
    // Decoding replaces malformed bytes, so a Latin-1 header cannot stop a numeric table.
    try (BufferedReader in = new BufferedReader(
        new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8))) {
      int number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        table.accept(++number, line);
      }
    }
    return table.result();
  }

  private void accept(int number, String line) {
    if (number == 1 && line.startsWith("\uFEFF")) {
      line = line.substring(1);
    }
    String content = line.strip();
    if (content.isEmpty()) {
      blankLine = blankLine == 0 && columns >= 0 ? number : blankLine;
      return;
    }
    if (content.startsWith("#")) {
      return;
    }
    if (blankLine != 0) {
      throw invalid(name, "line " + blankLine + " is blank but rows follow on line " + number);
    }
    if (delimiter == null) {
      delimiter = Delimiter.sniff(content);
    }
    String[] cells = split(content);
    if (columns < 0) {
      first(number, cells);
    } else {
      row(number, cells);
    }
  }

  private String[] split(String content) {
    return switch (delimiter) {
      case COMMA -> content.split(",", -1);
      case TAB -> content.split("\t", -1);
      case WHITESPACE -> WHITESPACE.split(content);
    };
  }

  /** The first content line: a header if any cell is not a number, else the first row. */
  private void first(int number, String[] cells) {
    columns = cells.length;
    for (String cell : cells) {
      if (!isNumber(cell)) {
        headerLine = number;
        return;
      }
    }
    row(number, cells);
  }

  private void row(int number, String[] cells) {
    if (cells.length != columns) {
      String first = headerLine != 0 ? "the header on line " + headerLine : "the first row";
      throw invalid(name, "line " + number + " has " + cells(cells.length) + ", " + first
          + " has " + columns + " (" + delimiter.description + ")");
    }
    if ((long) (rows + 1) * columns > NpyFormat.MAX_ELEMENTS) {
      throw invalid(name, "more than " + NpyFormat.MAX_ELEMENTS
          + " values, more than one Java array can hold");
    }
    ensureCapacity((rows + 1) * columns);
    int base = rows * columns;
    for (int j = 0; j < columns; j++) {
      try {
        values[base + j] = parse(cells[j]);
      } catch (NumberFormatException e) {
        throw invalid(name, "line " + number + ", column " + (j + 1) + ": "
            + notANumber(cells[j]));
      }
    }
    rows++;
  }

  private static String cells(int count) {
    return count == 1 ? "1 cell" : count + " cells";
  }

  private String notANumber(String cell) {
    String text = unquote(cell.strip());
    if (text.isEmpty()) {
      return "empty cell where a number should be";
    }
    return Problems.quote(text, 40) + " is not a number (reading the file as "
        + delimiter.description + ")";
  }

  private void ensureCapacity(int needed) {
    if (needed > values.length) {
      long grown = Math.max(needed, (long) values.length * 2);
      values = Arrays.copyOf(values, (int) Math.min(grown, NpyFormat.MAX_ELEMENTS));
    }
  }

  private NdArray result() {
    int cols = Math.max(columns, 0);
    return new NdArray(new int[] {rows, cols}, Arrays.copyOf(values, rows * cols));
  }

  /**
   * The value of a cell: a decimal number, or {@code nan}, {@code inf} or {@code infinity} in
   * any case with an optional sign, optionally in double quotes.
   *
   * @throws NumberFormatException if the cell is anything else
   */
  static double parse(String cell) {
    String text = unquote(cell.strip());
    String lower = text.toLowerCase(Locale.ROOT);
    boolean negative = lower.startsWith("-");
    String unsigned = negative || lower.startsWith("+") ? lower.substring(1) : lower;
    switch (unsigned) {
      case "nan":
        return Double.NaN;
      case "inf":
      case "infinity":
        return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      default:
        if (!DECIMAL.matcher(text).matches()) {
          throw new NumberFormatException(text);
        }
        return Double.parseDouble(text);
    }
  }

  private static boolean isNumber(String cell) {
    try {
      parse(cell);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String unquote(String text) {
    if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
      return text.substring(1, text.length() - 1).strip();
    }
    return text;
  }
}
