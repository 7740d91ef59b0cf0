package org.svcca;

import java.util.Objects;
import org.svcca.spi.Matrix;

/**
 * The directions behind an SVCCA similarity, for interpretation and compression: each side's
 * canonical variates, the neuron weights that produce them, the kept SVD basis, and the
 * correlations. With {@code m = min(ka, kb)} kept directions:
 *
 * <pre>
 *   (X - mean) * weights = variates          (n x d times d x m)
 *   variates_a[:, i] . variates_b[:, i] = correlations[i],  each variate of unit length
 * </pre>
 *
 * so projecting new activations of a layer onto its top canonical directions is a centring
 * and one product. All arrays belong to this value; do not modify them.
 *
 * @param meanA column means of A, the centring to apply before the weights
 * @param meanB column means of B
 * @param basisA A's kept right singular vectors, neurons x ka
 * @param basisB B's kept right singular vectors, neurons x kb
 * @param singularValuesA A's kept singular values, ka of them
 * @param singularValuesB B's kept singular values, kb of them
 * @param weightsA neurons x m: A's canonical directions in neuron coordinates
 * @param weightsB neurons x m
 * @param variatesA datapoints x m, unit-norm columns
 * @param variatesB datapoints x m, unit-norm columns
 * @param correlations the m canonical correlations, descending
 */
public record CanonicalDirections(double[] meanA, double[] meanB, Matrix basisA,
    Matrix basisB, double[] singularValuesA, double[] singularValuesB, Matrix weightsA,
    Matrix weightsB, Matrix variatesA, Matrix variatesB, double[] correlations) {

  public CanonicalDirections {
    Objects.requireNonNull(meanA, "meanA");
    Objects.requireNonNull(meanB, "meanB");
    Objects.requireNonNull(basisA, "basisA");
    Objects.requireNonNull(basisB, "basisB");
    Objects.requireNonNull(weightsA, "weightsA");
    Objects.requireNonNull(weightsB, "weightsB");
    Objects.requireNonNull(variatesA, "variatesA");
    Objects.requireNonNull(variatesB, "variatesB");
    Objects.requireNonNull(correlations, "correlations");
  }
}
