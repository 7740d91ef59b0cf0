package org.svcca.stream;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import org.svcca.Comparison;
import org.svcca.InvalidInputException;
import org.svcca.Measure;
import org.svcca.Similarity;
import org.svcca.SimilarityOptions;
import org.svcca.spi.LinearAlgebra;
import org.svcca.spi.Matrix;

/**
 * The sufficient statistics of two or more representations of the same datapoints, built from
 * row chunks and merged across chunks, threads and machines.
 *
 * <p>Side s has {@code d_s} neurons; the joined row {@code z = [x_1 ... x_k]} has
 * {@code D = sum d_s} entries. After n datapoints the accumulator holds n, the mean
 * {@code m = (1/n) sum z} and the centred co-moment {@code M = sum (z - m)(z - m)^T}
 * (D x D). Block {@code (s, t)} of M is {@code Xs_c^T Xt_c}, the centred second moment that
 * {@link Similarity#compareMoments} turns into CCA, SVCCA, PWCCA and CKA.
 *
 * <p>A chunk of m rows is centred on its own mean and its Gram matrix formed by the backend
 * ({@code m D^2} multiply-adds, half of them with a symmetric product). Two partial results
 * {@code (n1, m1, M1)} and {@code (n2, m2, M2)} combine by the pairwise update of Chan, Golub
 * and LeVeque (1979): with {@code delta = m2 - m1} and {@code n = n1 + n2},
 * {@code m = m1 + delta n2 / n} and {@code M = M1 + M2 + delta delta^T n1 n2 / n}. Neither
 * step subtracts large sums of squares, so data whose mean is far larger than its spread
 * keeps its digits (unlike {@code sum z z^T - n m m^T}). Means are further held relative to a
 * shift {@code K}, the first datapoint seen, so that {@code delta} is resolved to the spread
 * of the data rather than to the last place of a large mean. Memory is {@code D^2 + 2 D}
 * doubles whatever n; results of different chunkings or merge orders agree to rounding.
 *
 * <p>Instances are mutable and not thread-safe: give each thread or partition its own and
 * {@link #merge} them. They are {@link Serializable} so that a distributed engine can ship
 * them; the backend is passed to {@link #add} rather than held.
 */
public final class MomentAccumulator implements Serializable {

  private static final long serialVersionUID = 1L;

  private final int[] widths;
  private final int[] offsets;
  private final int total;
  private long count;
  /** The shift K: the first joined row this accumulator saw (or adopted by a merge). */
  private final double[] shift;
  /** Column means of the joined rows minus the shift, D of them. */
  private final double[] mean;
  /** The centred co-moment M, D x D row-major, exactly symmetric. */
  private final double[] comoment;

  /**
   * An empty accumulator for representations of the given widths.
   *
   * @param neurons the neurons of each representation, in the order chunks are given; at
   *     least one, each at least 1
   * @throws InvalidInputException if no width is given or one is below 1
   */
  public MomentAccumulator(int... neurons) {
    require(neurons.length > 0, "an accumulator needs at least one representation");
    this.widths = neurons.clone();
    this.offsets = new int[widths.length];
    int sum = 0;
    for (int s = 0; s < widths.length; s++) {
      require(widths[s] > 0, label(s) + " has " + widths[s] + " neurons; at least 1 is needed");
      offsets[s] = sum;
      sum = Math.addExact(sum, widths[s]);
    }
    this.total = sum;
    this.shift = new double[total];
    this.mean = new double[total];
    this.comoment = new double[Math.multiplyExact(total, total)];
  }

  /** The number of representations. */
  public int sides() {
    return widths.length;
  }

  /** The neurons of one representation, 0-based. */
  public int neurons(int side) {
    return widths[side];
  }

  /** Datapoints seen so far. */
  public long count() {
    return count;
  }

  /** Column means of one representation (zeros while empty); a copy. */
  public double[] means(int side) {
    double[] out = new double[widths[side]];
    for (int j = 0; j < out.length; j++) {
      out[j] = shift[offsets[side] + j] + mean[offsets[side] + j];
    }
    return out;
  }

  /**
   * The centred second moment {@code Xs_c^T Xt_c} of two representations (d_s x d_t), a
   * copy. Divide by {@code count() - 1} for the sample covariance.
   */
  public Matrix moments(int s, int t) {
    int rows = widths[s];
    int cols = widths[t];
    double[] block = new double[rows * cols];
    for (int i = 0; i < rows; i++) {
      System.arraycopy(comoment, (offsets[s] + i) * total + offsets[t], block, i * cols, cols);
    }
    return Matrix.wrap(rows, cols, block);
  }

  /**
   * Adds a chunk of datapoints: row r of every chunk is the same datapoint.
   *
   * @param la the backend that forms the chunk's Gram matrix
   * @param chunks one matrix per representation, datapoints x neurons, all with the same
   *     number of rows (0 is allowed and changes nothing); not modified
   * @return this accumulator
   * @throws InvalidInputException if the chunks do not fit the widths or each other, or hold
   *     NaN or infinity (named by datapoint, counted over everything added here, and neuron)
   */
  public MomentAccumulator add(LinearAlgebra la, Matrix... chunks) {
    Objects.requireNonNull(la, "la");
    int rows = checkChunks(chunks);
    if (rows == 0) {
      return this;
    }

    // Join the chunks side by side, shifted by K so that large means cost no digits.
    if (count == 0) {
      adoptShift(chunks);
    }
    Matrix joined = join(chunks, rows);

    // Centre each column on the chunk's own mean; the centred Gram matrix is the chunk's
    // co-moment, merged like any partial result.
    double[] chunkMean = centre(joined);
    Matrix gram = la.gram(joined);
    combine(rows, shift, chunkMean, gram.data());
    return this;
  }

  /**
   * Adds everything another accumulator has seen, as if its chunks had been added here.
   * The other accumulator is not modified.
   *
   * @return this accumulator
   * @throws InvalidInputException if the two do not have the same widths
   */
  public MomentAccumulator merge(MomentAccumulator other) {
    require(Arrays.equals(widths, other.widths), "cannot merge accumulators of different "
        + "widths: " + Arrays.toString(widths) + " and " + Arrays.toString(other.widths));
    if (other.count > 0) {
      combine(other.count, other.shift, other.mean, other.comoment);
    }
    return this;
  }

  /**
   * The measures between representations 0 and 1, as {@link Similarity#compareMoments}
   * computes them; the comparison's path is {@code covariance}.
   *
   * @throws InvalidInputException as {@link Similarity#compareMoments} does, or if fewer than
   *     two representations are held
   */
  public Comparison compare(Similarity similarity, Collection<Measure> measures,
      SimilarityOptions options) {
    return compare(similarity, 0, 1, measures, options);
  }

  /**
   * The measures between representations s and t, as {@link Similarity#compareMoments}
   * computes them from {@code Xs_c^T Xs_c}, {@code Xs_c^T Xt_c} and {@code Xt_c^T Xt_c}.
   *
   * @throws InvalidInputException if fewer than 2 or more than {@link Integer#MAX_VALUE}
   *     datapoints were seen, or as {@link Similarity#compareMoments} does
   */
  public Comparison compare(Similarity similarity, int s, int t, Collection<Measure> measures,
      SimilarityOptions options) {
    require(s >= 0 && s < sides() && t >= 0 && t < sides(), "representations " + s + " and "
        + t + " asked for; this accumulator holds " + sides());
    require(count >= 2, options.labelA() + " and " + options.labelB() + ": " + count
        + " datapoint(s) seen; at least 2 are needed to centre and correlate");
    require(count <= Integer.MAX_VALUE, count + " datapoints seen; comparisons count at most "
        + Integer.MAX_VALUE);
    return similarity.compareMoments((int) count, moments(s, s), moments(s, t),
        moments(t, t), measures, options);
  }

  /** Checks the chunks against the widths and each other; returns their common row count. */
  private int checkChunks(Matrix[] chunks) {
    require(chunks.length == widths.length, chunks.length + " chunks given for "
        + widths.length + " representations");
    int rows = chunks[0].rows();
    for (int s = 0; s < chunks.length; s++) {
      Matrix chunk = chunks[s];
      require(chunk.cols() == widths[s], label(s) + " chunk is " + chunk.shape()
          + "; this accumulator expects " + widths[s] + " neurons");
      require(chunk.rows() == rows, label(0) + " chunk has " + rows + " datapoints, "
          + label(s) + " chunk has " + chunk.rows() + "; rows must be the same inputs");
      requireFinite(s, chunk);
    }
    return rows;
  }

  private void requireFinite(int side, Matrix chunk) {
    double[] data = chunk.data();
    for (int k = 0; k < data.length; k++) {
      if (!Double.isFinite(data[k])) {
        String what = Double.isNaN(data[k]) ? "NaN" : data[k] > 0 ? "+Inf" : "-Inf";
        throw new InvalidInputException(label(side) + ": " + what + " at datapoint "
            + (count + k / chunk.cols()) + ", neuron " + k % chunk.cols()
            + " (0-based, counting the datapoints added to this accumulator)");
      }
    }
  }

  /** Takes the first row of the chunks as the shift K of an accumulator still empty. */
  private void adoptShift(Matrix[] chunks) {
    for (int s = 0; s < chunks.length; s++) {
      System.arraycopy(chunks[s].data(), 0, shift, offsets[s], widths[s]);
    }
    Arrays.fill(mean, 0.0);
  }

  /** The chunks side by side, minus the shift: rows x D. */
  private Matrix join(Matrix[] chunks, int rows) {
    double[] out = new double[Math.multiplyExact(rows, total)];
    for (int s = 0; s < chunks.length; s++) {
      double[] in = chunks[s].data();
      int width = widths[s];
      int offset = offsets[s];
      for (int r = 0; r < rows; r++) {
        int from = r * width;
        int to = r * total + offset;
        for (int j = 0; j < width; j++) {
          out[to + j] = in[from + j] - shift[offset + j];
        }
      }
    }
    return Matrix.wrap(rows, total, out);
  }

  /** Subtracts each column's mean in place (two passes, so large means cost no digits). */
  private static double[] centre(Matrix x) {
    int rows = x.rows();
    int cols = x.cols();
    double[] data = x.data();
    double[] means = new double[cols];
    for (int r = 0; r < rows; r++) {
      int base = r * cols;
      for (int j = 0; j < cols; j++) {
        means[j] += data[base + j];
      }
    }
    for (int j = 0; j < cols; j++) {
      means[j] /= rows;
    }
    for (int r = 0; r < rows; r++) {
      int base = r * cols;
      for (int j = 0; j < cols; j++) {
        data[base + j] -= means[j];
      }
    }
    return means;
  }

  /**
   * Merges a partial result {@code (n2, K2 + m2, M2)} into this one by Chan's pairwise
   * update: {@code m += delta n2 / n}, {@code M += M2 + delta delta^T n1 n2 / n}, where
   * {@code delta = (K2 - K) + (m2 - m)} is formed from differences of nearby numbers.
   */
  private void combine(long otherCount, double[] otherShift, double[] otherMean,
      double[] otherComoment) {
    if (count == 0) {
      System.arraycopy(otherShift, 0, shift, 0, total);
      Arrays.fill(mean, 0.0);
    }
    long n1 = count;
    long n = Math.addExact(n1, otherCount);
    double[] delta = new double[total];
    for (int j = 0; j < total; j++) {
      delta[j] = (otherShift[j] - shift[j]) + (otherMean[j] - mean[j]);
    }
    // n1 n2 / n computed as n1 (n2 / n) so that neither product overflows nor rounds early.
    double weight = n1 * ((double) otherCount / n);
    // The upper triangle is updated and mirrored, so M stays exactly symmetric.
    for (int i = 0; i < total; i++) {
      int base = i * total;
      double scaled = weight * delta[i];
      for (int j = i; j < total; j++) {
        comoment[base + j] += otherComoment[base + j] + scaled * delta[j];
        comoment[j * total + i] = comoment[base + j];
      }
    }
    double share = (double) otherCount / n;
    for (int j = 0; j < total; j++) {
      mean[j] += delta[j] * share;
    }
    count = n;
  }

  /** How messages name a representation: A and B for a pair, 0-based numbers beyond. */
  private String label(int side) {
    if (widths.length <= 2) {
      return side == 0 ? "A" : "B";
    }
    return "representation " + side;
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new InvalidInputException(message);
    }
  }
}
