package org.svcca.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import org.svcca.Comparison;
import org.svcca.Layer;
import org.svcca.Measure;
import org.svcca.MeasureResult;
import org.svcca.Significance;
import org.svcca.SimilarityOptions;

/** Permutation p-values and bootstrap intervals of one comparison, when asked for. */
record SignificanceReport(int permutations, int bootstrap, long seed,
    Map<Measure, Double> pValues, Map<Measure, double[]> intervals) {

  /** Confidence of the bootstrap interval. */
  static final double LEVEL = 0.95;

  static final SignificanceReport NONE = new SignificanceReport(0, 0, 0, Map.of(), Map.of());

  /** Makes a progress listener for a task of a given number of steps. */
  interface ProgressFactory {
    IntConsumer start(String task, int total);
  }

  /**
   * Warnings for intervals that miss the full-data value. Resampling with replacement repeats
   * datapoints, which inflates the chance correlations of weak directions, so the percentile
   * interval can lie wholly above the value when many such directions are kept.
   */
  List<String> warnings(Comparison comparison) {
    List<String> out = new ArrayList<>();
    for (MeasureResult r : comparison.results()) {
      double[] ci = intervals.get(r.measure());
      if (ci != null && (r.similarity() < ci[0] || r.similarity() > ci[1])) {
        out.add(String.format(Locale.ROOT, "%s's full-data value %.4f lies outside "
            + "its bootstrap interval [%.4f, %.4f]: resampling repeats datapoints, which "
            + "inflates chance correlations of weak directions; keep fewer directions "
            + "(--dims or --keep) for a usable interval", r.measure().label(), r.similarity(),
            ci[0], ci[1]));
      }
    }
    return out;
  }

  static SignificanceReport compute(Significance significance, Layer a, Layer b,
      Collection<Measure> measures, SimilarityOptions options, int permutations,
      int bootstrap, long seed, ProgressFactory progress) {
    Map<Measure, Double> pValues = permutations == 0 ? Map.of()
        : significance.permutationPValues(a, b, measures, options, permutations, seed,
            progress.start("permutations", permutations));
    Map<Measure, double[]> intervals = bootstrap == 0 ? Map.of()
        : significance.bootstrapIntervals(a, b, measures, options, bootstrap, seed, LEVEL,
            progress.start("bootstrap", bootstrap));
    return new SignificanceReport(permutations, bootstrap, seed, pValues, intervals);
  }
}
