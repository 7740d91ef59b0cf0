package org.svcca;

import java.util.Locale;

/**
 * How the measures are computed. Both paths give the same numbers on well-conditioned data
 * (to about 1e-12); they differ in cost and in how finely they resolve rank.
 */
public enum ComputationPath {
  /**
   * Thin SVDs of the centred data. Resolves numerical rank down to singular values of
   * {@code max(n, d) * eps * s_max}: the accurate default.
   */
  DIRECT("direct"),
  /**
   * From the joint second moments only (column sums and the blocks of {@code [X Y]^T [X Y]}),
   * which merge across chunks and machines. Forming {@code X^T X} squares the condition
   * number, so a direction counts only if its variance exceeds {@code max(n, d) * eps} times
   * the largest: singular values below about {@code 1.5e-8 sqrt(max(n, d)) s_max} are
   * dropped as null directions.
   */
  COVARIANCE("covariance");

  private final String label;

  ComputationPath(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * The path with this name.
   *
   * @throws InvalidInputException naming the known paths if there is none
   */
  public static ComputationPath parse(String name) {
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    for (ComputationPath path : values()) {
      if (path.label.equals(wanted)) {
        return path;
      }
    }
    throw new InvalidInputException(
        "unknown computation path '" + name.trim() + "'; known: direct, covariance");
  }

  @Override
  public String toString() {
    return label;
  }
}
