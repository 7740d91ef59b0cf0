package org.svcca.cli;

import org.svcca.InvalidInputException;
import org.svcca.KeepBy;
import org.svcca.PwccaSide;
import org.svcca.SimilarityOptions;
import picocli.CommandLine.Option;

/**
 * The settings of one similarity measure shared by the analysis commands, with the meanings
 * {@code svcca compare} gives them: SVCCA's {@code --dims}, {@code --keep} and
 * {@code --keep-by}, google/svcca's {@code --epsilon}, PWCCA's side and
 * {@code --allow-underdetermined}. A picocli mixin.
 */
final class MeasureOptions {

  @Option(names = "--dims", paramLabel = "K",
      description = "SVCCA keeps the top K singular directions of each side.")
  private Integer dims;

  @Option(names = "--keep", paramLabel = "F",
      description = "SVCCA keeps the directions that carry fraction F (default: 0.99).")
  private Double keep;

  @Option(names = "--keep-by", paramLabel = "RULE", defaultValue = "variance",
      description = "variance (share of sum s^2, default) or singular-values (sum s, the "
          + "paper's rule).")
  private String keepBy;

  @Option(names = "--epsilon", paramLabel = "E", defaultValue = "0",
      description = "google/svcca's pruning of neurons with relative variance below E, plus "
          + "an E ridge; 0 (default) drops null directions by numerical rank instead.")
  private double epsilon;

  @Option(names = "--pwcca-side", paramLabel = "S", defaultValue = "fewer",
      description = "Whose neurons weight PWCCA: fewer (default), a or b.")
  private String pwccaSide;

  @Option(names = "--allow-underdetermined",
      description = "Compute even when the kept directions exceed the datapoints' degrees of "
          + "freedom (some correlations are then 1 by construction).")
  private boolean allowUnderdetermined;

  /**
   * The options these flags describe, checked.
   *
   * @throws InvalidInputException for conflicting or out-of-range values
   */
  SimilarityOptions build() {
    if (dims != null && keep != null) {
      throw new InvalidInputException("--dims and --keep are alternatives; give one");
    }
    SimilarityOptions.Builder builder = SimilarityOptions.builder()
        .keepBy(KeepBy.parse(keepBy))
        .epsilon(epsilon)
        .pwccaSide(PwccaSide.parse(pwccaSide))
        .allowUnderdetermined(allowUnderdetermined);
    if (dims != null) {
      builder.dims(dims);
    }
    if (keep != null) {
      builder.keep(keep);
    }
    return builder.build();
  }

  /** Whether {@code --dims} was given, which some analyses set themselves. */
  boolean fixesDims() {
    return dims != null;
  }
}
