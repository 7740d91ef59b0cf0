package org.svcca;

import java.util.Locale;

/**
 * How the measures are computed. Both paths give the same numbers on well-conditioned data
 * (to about 1e-12); they differ in cost and in how finely they resolve rank.
 *
 * <p>Cost for n datapoints and d neurons per side: the direct path's thin SVD with U is about
 * 6 n d^2 flops per side (QR, forming Q, rotating it), the covariance path's Gram matrix
 * n d^2 (half of that with a symmetric rank-k update) and an O(d^3) eigendecomposition.
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
  COVARIANCE("covariance"),
  /**
   * The default: {@link #COVARIANCE} for tall data, where it does a fraction of the work and
   * loses nothing that matters (at least {@link #TALL_RATIO} datapoints per neuron of the
   * wider side), otherwise {@link #DIRECT}; always direct for measures that need the
   * datapoints themselves. A result reports the path that was taken.
   */
  AUTO("auto");

  /**
   * Datapoints per neuron from which the automatic choice takes the covariance path. Below
   * it the thin SVDs cost little more, and a Gram matrix of nearly square data is the least
   * well conditioned.
   */
  public static final int TALL_RATIO = 4;

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
        "unknown computation path '" + name.trim() + "'; known: auto, direct, covariance");
  }

  @Override
  public String toString() {
    return label;
  }
}
