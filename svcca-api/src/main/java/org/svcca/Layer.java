package org.svcca;

import java.util.Arrays;

/**
 * One representation, centred and decomposed once so that it can be compared with many
 * others without repeating its SVD: what layer x layer matrices, learning dynamics and
 * resampling need. Made by {@link Similarity#decompose}; compared by
 * {@link Similarity#compare(Layer, Layer, java.util.Collection, SimilarityOptions)}.
 *
 * <p>Holds the thin SVD of the centred data, {@code Xc = U diag(s) V^T}, restricted to its
 * numerical rank: about {@code n * rank + neurons * rank} doubles beside the data itself.
 * Immutable.
 */
public final class Layer {

  final SideBasis basis;
  /** Column means of the input, which the basis was centred by. */
  final double[] means;

  Layer(SideBasis basis, double[] means) {
    this.basis = basis;
    this.means = means;
  }

  /** How messages name this layer, such as its file name. */
  public String label() {
    return basis.label;
  }

  /** Datapoints (rows). */
  public int samples() {
    return basis.samples;
  }

  /** Neurons (columns) of the input. */
  public int neurons() {
    return basis.neurons;
  }

  /** Directions left after dropping null ones (dead or duplicated neurons). */
  public int rank() {
    return basis.rank;
  }

  /** Singular values of the centred data, descending, {@link #rank()} of them; a copy. */
  public double[] singularValues() {
    return Arrays.copyOf(basis.singularValues, basis.rank);
  }

  @Override
  public String toString() {
    return "Layer[" + label() + ", " + samples() + " x " + neurons() + ", rank " + rank() + "]";
  }
}
