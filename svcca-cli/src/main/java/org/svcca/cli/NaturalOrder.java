package org.svcca.cli;

import java.math.BigInteger;
import java.util.Comparator;

/**
 * Orders names as people number them: runs of digits compare by value, so {@code ep2}
 * comes before {@code ep10} and {@code 08} before {@code 16}; other characters compare as
 * text. Names equal by this order (such as {@code 8} and {@code 08}) fall back to plain text
 * order, so the order is total.
 */
final class NaturalOrder implements Comparator<String> {

  static final NaturalOrder INSTANCE = new NaturalOrder();

  private NaturalOrder() {}

  @Override
  public int compare(String a, String b) {
    int order = compareRuns(a, b);
    return order != 0 ? order : a.compareTo(b);
  }

  /** Whether the two names are the same number or the same text, such as 8 and 08. */
  static boolean sameValue(String a, String b) {
    return compareRuns(a, b) == 0;
  }

  /**
   * Compares run by run, numbers by value and text as text; 0 when every run matches,
   * however the numbers are padded.
   */
  private static int compareRuns(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int endA = runEnd(a, i);
      int endB = runEnd(b, j);
      String runA = a.substring(i, endA);
      String runB = b.substring(j, endB);
      int order = isDigit(a, i) && isDigit(b, j)
          ? new BigInteger(runA).compareTo(new BigInteger(runB))
          : runA.compareTo(runB);
      if (order != 0) {
        return order;
      }
      i = endA;
      j = endB;
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  /** The end of the run of digits, or of other characters, that starts at i. */
  private static int runEnd(String s, int i) {
    boolean digits = isDigit(s, i);
    int end = i;
    while (end < s.length() && isDigit(s, end) == digits) {
      end++;
    }
    return end;
  }

  private static boolean isDigit(String s, int i) {
    char c = s.charAt(i);
    return c >= '0' && c <= '9';
  }
}
