package org.svcca.cli;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.svcca.Comparison;
import org.svcca.InvalidInputException;
import org.svcca.Layer;
import org.svcca.Measure;
import org.svcca.MeasureResult;
import org.svcca.Similarity;
import org.svcca.SimilarityOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code svcca dims A [--vs B]}: how many directions a layer uses. The singular-value
 * spectrum and cumulative variance of A (and B); with {@code --vs}, SVCCA with k directions
 * kept on both sides, for k from 1 to the smaller rank.
 */
@Command(name = "dims",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
        "Intrinsic dimensionality: the singular-value spectrum and cumulative variance of A; "
            + "with --vs B, SVCCA as a function of the number k of directions kept on both "
            + "sides, and the smallest k whose canonical correlations sum to --fraction of "
            + "their sum with all directions."})
final class DimsCommand extends AnalysisCommand {

  /** Up to this many directions every k is computed; beyond, a grid of about this many. */
  static final int EVERY_K_UP_TO = 128;

  /** Below this k the grid for large ranks still takes every k. */
  private static final int DENSE_START = 32;

  @Parameters(index = "0", paramLabel = "A", description = "Activation file.")
  private String fileA;

  @Option(names = "--vs", paramLabel = "B", description = "A second layer to compare with.")
  private String fileB;

  @Option(names = "--fraction", paramLabel = "F", defaultValue = "0.99",
      description = "Share of the summed canonical correlations that the reported k reaches "
          + "(default: 0.99).")
  private double fraction;

  @Mixin
  private MeasureOptions measureOptions;

  @Inject
  DimsCommand(BackendChoice backends) {
    super(backends);
  }

  @Override
  Findings analyse(Similarity similarity, Progress progress) {
    SimilarityOptions options = measureOptions.build();
    if (measureOptions.fixesDims()) {
      throw new InvalidInputException("dims varies the number of kept directions itself; "
          + "--dims does not apply (use --keep to choose what the summary calls kept)");
    }
    if (!(fraction > 0.0 && fraction <= 1.0)) {
      throw new InvalidInputException("--fraction must be in (0, 1], got " + fraction);
    }

    // Spectra, and what SVCCA keeps under the options, from one decomposition per side;
    // how many directions are kept does not depend on whether their CCA is determined.
    Layer a = inputs.decompose(similarity, fileA);
    Layer b = fileB == null ? null : inputs.decompose(similarity, fileB);
    Comparison usual = similarity.compare(a, b == null ? a : b, List.of(Measure.SVCCA),
        options.toBuilder().allowUnderdetermined(true).build());
    Set<String> warnings = new LinkedHashSet<>();
    Dimensionality.Side sideA = Dimensionality.Side.of(fileA, a, usual.a().kept());
    if (b == null) {
      return new Dimensionality(similarity.backend(), a.samples(), sideA, null, fraction,
          new int[0], new double[0], new double[0], new ArrayList<>(warnings));
    }
    Dimensionality.Side sideB = Dimensionality.Side.of(fileB, b, usual.b().kept());

    // SVCCA with the top k directions of each side, over every k or a grid of them.
    int[] ks = grid(largestK(a, b, options, warnings));
    progress.expect(ks.length);
    double[] means = new double[ks.length];
    double[] sums = new double[ks.length];
    for (int i = 0; i < ks.length; i++) {
      MeasureResult r = similarity.compare(a, b, List.of(Measure.SVCCA),
          options.toBuilder().dims(ks[i]).build()).result(Measure.SVCCA);
      means[i] = r.similarity();
      sums[i] = sum(r.coefficients());
      progress.step();
    }
    return new Dimensionality(similarity.backend(), a.samples(), sideA, sideB, fraction, ks,
        means, sums, new ArrayList<>(warnings));
  }

  /**
   * The smaller rank, unless keeping k on each side would force correlations of 1 (2k above
   * the n - 1 degrees of freedom) and that is not allowed.
   */
  private int largestK(Layer a, Layer b, SimilarityOptions options, Set<String> warnings) {
    int k = Math.min(a.rank(), b.rank());
    int determined = (a.samples() - 1) / 2;
    if (k > determined && !options.allowUnderdetermined()) {
      warnings.add("k stops at " + determined + ": with more directions on each side, "
          + a.samples() + " datapoints force some correlations to 1; "
          + "--allow-underdetermined goes on to " + k);
      return determined;
    }
    return k;
  }

  /**
   * Every k up to {@value #EVERY_K_UP_TO}; for larger ranks, every k up to 32 and then about
   * 96 more spaced evenly on a log scale, ending at kmax. Each k costs a comparison.
   */
  static int[] grid(int kmax) {
    TreeSet<Integer> ks = new TreeSet<>();
    if (kmax <= EVERY_K_UP_TO) {
      for (int k = 1; k <= kmax; k++) {
        ks.add(k);
      }
    } else {
      for (int k = 1; k <= DENSE_START; k++) {
        ks.add(k);
      }
      int steps = EVERY_K_UP_TO - DENSE_START;
      double ratio = Math.pow((double) kmax / DENSE_START, 1.0 / steps);
      for (int i = 1; i <= steps; i++) {
        ks.add((int) Math.min(kmax, Math.round(DENSE_START * Math.pow(ratio, i))));
      }
      ks.add(kmax);
    }
    return ks.stream().mapToInt(Integer::intValue).toArray();
  }

  private static double sum(double[] values) {
    double sum = 0.0;
    for (double v : values) {
      sum += v;
    }
    return sum;
  }
}
