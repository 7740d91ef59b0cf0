package org.svcca;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;

/**
 * How far a similarity can be trusted: a permutation test against unrelated datapoints and a
 * bootstrap interval over resampled datapoints. Both are seeded and reproducible, and both
 * reuse the decompositions of the observed layers.
 *
 * <ul>
 *   <li>Permutation: B's datapoints are shuffled, which breaks their pairing with A's but
 *       keeps each side's own structure. Shuffling only permutes the rows of B's left
 *       singular vectors, so each permutation costs one n x rankA x rankB product, no SVD.
 *   <li>Bootstrap: n datapoints are drawn with replacement and both sides decomposed again,
 *       in their rank-dimensional coordinates rather than over all neurons.
 * </ul>
 */
public final class Significance {

  /** Similarities within this of the observed count as "at least as large": rounding ties. */
  private static final double TIE_TOLERANCE = 1e-12;

  private final Similarity similarity;

  public Significance(Similarity similarity) {
    this.similarity = Objects.requireNonNull(similarity, "similarity");
  }

  /**
   * Permutation p-values: {@code (1 + #{shuffles with similarity >= observed}) / (1 + N)},
   * counting the observed pairing as one of the arrangements so that p is never 0.
   *
   * @param progress told the number of shuffles done after each one
   * @throws InvalidInputException if {@code permutations < 1}
   */
  public Map<Measure, Double> permutationPValues(Layer a, Layer b,
      Collection<Measure> measures, SimilarityOptions options, int permutations, long seed,
      IntConsumer progress) {
    Checks.require(permutations >= 1, "permutations must be at least 1, got " + permutations);
    Set<Measure> wanted = new LinkedHashSet<>(measures);
    Comparison observed = similarity.compare(a, b, wanted, options);
    SimilarityOptions quiet = direct(options, a, b).toBuilder().allowUnderdetermined(true)
        .build();
    SplittableRandom random = new SplittableRandom(seed);
    Map<Measure, Integer> atLeast = new EnumMap<>(Measure.class);
    for (int p = 0; p < permutations; p++) {
      SideBasis shuffled = b.basis.withRowsPermuted(permutation(random, b.samples()));
      Comparison c = similarity.measure(Pair.of(similarity.linearAlgebra(), a.basis, shuffled),
          wanted, quiet);
      for (Measure measure : wanted) {
        double value = observed.result(measure).similarity();
        if (c.result(measure).similarity() >= value - TIE_TOLERANCE) {
          atLeast.merge(measure, 1, Integer::sum);
        }
      }
      progress.accept(p + 1);
    }
    Map<Measure, Double> pValues = new EnumMap<>(Measure.class);
    for (Measure measure : wanted) {
      pValues.put(measure, (1.0 + atLeast.getOrDefault(measure, 0)) / (1.0 + permutations));
    }
    return pValues;
  }

  /**
   * Percentile bootstrap intervals: the {@code (1 - level) / 2} and {@code (1 + level) / 2}
   * quantiles (linear interpolation, as NumPy's default) of the similarity over
   * {@code resamples} draws of n datapoints with replacement.
   *
   * @return per measure {@code [low, high]}
   * @throws InvalidInputException if {@code resamples < 2} or the level is not in (0, 1)
   */
  public Map<Measure, double[]> bootstrapIntervals(Layer a, Layer b,
      Collection<Measure> measures, SimilarityOptions options, int resamples, long seed,
      double level, IntConsumer progress) {
    Checks.require(resamples >= 2, "bootstrap needs at least 2 resamples, got " + resamples);
    Checks.require(level > 0.0 && level < 1.0, "confidence level must be in (0, 1), got "
        + level);
    Checks.requireSameDatapoints(a.samples(), a.label(), b.samples(), b.label());
    Set<Measure> wanted = new LinkedHashSet<>(measures);
    SimilarityOptions quiet = direct(options, a, b).toBuilder().allowUnderdetermined(true)
        .build();
    SplittableRandom random = new SplittableRandom(seed);
    Map<Measure, double[]> values = new EnumMap<>(Measure.class);
    wanted.forEach(m -> values.put(m, new double[resamples]));
    for (int r = 0; r < resamples; r++) {
      int[] rows = draw(random, a.samples());
      Pair pair = Pair.of(similarity.linearAlgebra(),
          a.basis.resampled(similarity.linearAlgebra(), rows),
          b.basis.resampled(similarity.linearAlgebra(), rows));
      Comparison c = similarity.measure(pair, wanted, quiet);
      for (Measure measure : wanted) {
        values.get(measure)[r] = c.result(measure).similarity();
      }
      progress.accept(r + 1);
    }
    Map<Measure, double[]> intervals = new EnumMap<>(Measure.class);
    for (Measure measure : wanted) {
      double[] sorted = values.get(measure);
      Arrays.sort(sorted);
      intervals.put(measure, new double[] {
          quantile(sorted, (1.0 - level) / 2), quantile(sorted, (1.0 + level) / 2)});
    }
    return intervals;
  }

  private static SimilarityOptions direct(SimilarityOptions options, Layer a, Layer b) {
    return options.toBuilder().path(ComputationPath.DIRECT).labels(a.label(), b.label())
        .build();
  }

  /** NumPy's default ("linear") quantile of sorted values. */
  static double quantile(double[] sorted, double q) {
    double position = q * (sorted.length - 1);
    int below = (int) Math.floor(position);
    int above = Math.min(below + 1, sorted.length - 1);
    double fraction = position - below;
    return sorted[below] + fraction * (sorted[above] - sorted[below]);
  }

  /** A uniformly random permutation of 0..n-1 (Fisher-Yates). */
  private static int[] permutation(SplittableRandom random, int n) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }

  /** n indices drawn uniformly with replacement. */
  private static int[] draw(SplittableRandom random, int n) {
    int[] rows = new int[n];
    for (int i = 0; i < n; i++) {
      rows[i] = random.nextInt(n);
    }
    return rows;
  }
}
