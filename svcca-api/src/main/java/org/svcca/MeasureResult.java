package org.svcca;

import java.util.Objects;
import java.util.Optional;

/**
 * One measure's answer.
 *
 * @param measure which measure
 * @param similarity the headline number: the mean canonical correlation for CCA and SVCCA, the
 *     weighted mean for PWCCA, the alignment for CKA; in [0, 1]
 * @param coefficients the canonical correlations, descending, {@code min(dimsA, dimsB)} of
 *     them; empty for CKA. The array belongs to this result: do not modify it
 * @param dimsA directions of A that entered the measure (neurons for CKA)
 * @param dimsB directions of B that entered the measure (neurons for CKA)
 * @param weights PWCCA's weights, one per coefficient, summing to 1; empty for other measures
 */
public record MeasureResult(Measure measure, double similarity, double[] coefficients,
    int dimsA, int dimsB, Optional<double[]> weights) {

  public MeasureResult {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(coefficients, "coefficients");
    Objects.requireNonNull(weights, "weights");
  }
}
