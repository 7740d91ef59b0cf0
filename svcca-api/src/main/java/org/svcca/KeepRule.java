package org.svcca;

/** How many singular directions SVCCA keeps on one side. */
final class KeepRule {

  private KeepRule() {}

  /**
   * The number of leading directions to keep, at most the rank.
   *
   * <p>By count: {@code min(dims, rank)}. By variance: the smallest k whose cumulative share
   * of {@code sum s_i^2} strictly exceeds the fraction. By singular values: the smallest k
   * whose cumulative share of {@code sum s_i} reaches it. A fraction of 1 keeps every
   * direction.
   */
  static int kept(double[] singularValues, SimilarityOptions options) {
    int rank = singularValues.length;
    if (options.dims().isPresent()) {
      return Math.min(options.dims().getAsInt(), rank);
    }
    boolean byVariance = options.keepBy() == KeepBy.VARIANCE;
    double[] cumulative = new double[rank];
    double running = 0.0;
    for (int i = 0; i < rank; i++) {
      double s = singularValues[i];
      running += byVariance ? s * s : s;
      cumulative[i] = running;
    }
    double total = running;
    double fraction = options.keep();
    for (int k = 1; k <= rank; k++) {
      double share = cumulative[k - 1] / total;
      if (byVariance ? share > fraction : share >= fraction) {
        return k;
      }
    }
    return rank;
  }
}
