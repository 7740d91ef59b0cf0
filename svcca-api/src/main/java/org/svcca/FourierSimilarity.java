package org.svcca;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.svcca.internal.DenseOps;
import org.svcca.spi.Matrix;
import org.svcca.spi.SvdParts;

/**
 * CCA and SVCCA of convolutional layers through the 2-D discrete Fourier transform over
 * space, the SVCCA paper's method: each spatial frequency gives a complex datapoints x
 * channels matrix per layer, canonical correlations are computed per frequency, and the
 * result is the mean of all of them together.
 *
 * <p>Why: for a translation-invariant dataset the covariance of the layer flattened to
 * {@code N x (H W C)} is block-diagonal in the Fourier basis, so the per-frequency
 * correlations, taken together, are exactly those of the flattened layer, at a fraction of
 * the cost. Complex matrices are handled through their real embedding
 * {@code [[Re, -Im], [Im, Re]]}, whose singular values are the complex ones, each twice.
 *
 * <p>Layers of different spatial size are compared on the frequencies both represent: signed
 * frequencies f with {@code |f| < min(H1, H2) / 2} per axis (all of them where the sizes
 * agree).
 */
public final class FourierSimilarity {

  /** One spatial frequency's answer. */
  public record Frequency(int u, int v, double similarity, double[] coefficients) {}

  /**
   * The answer for a pair of layers.
   *
   * @param measure CCA or SVCCA
   * @param similarity mean of the coefficients of every frequency together
   * @param coefficients all frequencies' canonical correlations, descending
   * @param frequencies per shared frequency, signed (u, v)
   * @param warnings frequencies skipped and other doubts, in words
   */
  public record Result(Measure measure, double similarity, double[] coefficients,
      List<Frequency> frequencies, List<String> warnings) {}

  private final Similarity similarity;

  public FourierSimilarity(Similarity similarity) {
    this.similarity = Objects.requireNonNull(similarity, "similarity");
  }

  /**
   * Compares two convolutional layers frequency by frequency.
   *
   * @param measure {@link Measure#CCA} or {@link Measure#SVCCA} (kept directions chosen per
   *     frequency by the options' dims or keep rule on the complex singular values)
   * @throws InvalidInputException for other measures, different datapoints, or too few
   *     datapoints for the channels without {@link SimilarityOptions#allowUnderdetermined()}
   */
  public Result compare(ConvActivations a, ConvActivations b, Measure measure,
      SimilarityOptions options) {
    Checks.require(measure == Measure.CCA || measure == Measure.SVCCA,
        "--conv dft computes cca and svcca; " + measure + " is not defined per frequency");
    Checks.requireSameDatapoints(a.datapoints(), options.labelA(), b.datapoints(),
        options.labelB());
    int[] rows = sharedFrequencies(a.height(), b.height());
    int[] cols = sharedFrequencies(a.width(), b.width());
    Spectrum fa = Spectrum.of(a);
    Spectrum fb = Spectrum.of(b);

    List<Frequency> frequencies = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    List<Double> all = new ArrayList<>();
    for (int u : rows) {
      for (int v : cols) {
        String where = "frequency (" + u + ", " + v + ")";
        Matrix ea = fa.embedded(u, v);
        Matrix eb = fb.embedded(u, v);
        double[] rho = correlations(ea, eb, measure, options, where, warnings);
        if (rho == null) {
          continue;
        }
        frequencies.add(new Frequency(u, v, DenseOps.mean(rho, rho.length), rho));
        for (double r : rho) {
          all.add(r);
        }
      }
    }
    Checks.require(!all.isEmpty(), "no spatial frequency varies in both layers");
    double[] union = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    reverse(union);
    return new Result(measure, DenseOps.mean(union, union.length), union, frequencies, warnings);
  }

  /** Complex canonical correlations at one frequency, or null if a side has no variation. */
  private double[] correlations(Matrix ea, Matrix eb, Measure measure,
      SimilarityOptions options, String where, List<String> warnings) {
    SideBasis sa = SideBasis.direct(similarity.linearAlgebra(), ea, options.labelA());
    SideBasis sb = SideBasis.direct(similarity.linearAlgebra(), eb, options.labelB());
    // Complex directions are the embedding's, counted once: every other singular value.
    int ka = complexCount(sa, measure, options);
    int kb = complexCount(sb, measure, options);
    if (ka == 0 || kb == 0) {
      warnings.add(where + " skipped: " + (ka == 0 ? options.labelA() : options.labelB())
          + " does not vary there");
      return null;
    }
    int forced = ka + kb - (ea.rows() / 2 - 1);
    if (forced > 0) {
      String message = where + ": " + ea.rows() / 2 + " datapoints for " + ka + " + " + kb
          + " complex directions: at least " + forced + " canonical correlations are 1 by "
          + "construction";
      Checks.require(options.allowUnderdetermined(), message
          + "; keep fewer directions or use more datapoints, or allow underdetermined "
          + "comparisons");
      warnings.add(message);
    }
    Pair pair = Pair.of(similarity.linearAlgebra(), sa, sb);
    double[] doubled = similarity.linearAlgebra().svd(pair.block(2 * ka, 2 * kb),
        SvdParts.VALUES_ONLY).singularValues();
    double[] rho = new double[Math.min(ka, kb)];
    for (int i = 0; i < rho.length; i++) {
      rho[i] = Math.max(0.0, Math.min(1.0, doubled[2 * i]));
    }
    return rho;
  }

  /**
   * Complex directions kept on one side. The embedding's singular values come in equal pairs;
   * a pair split by the rank threshold counts as null.
   */
  private static int complexCount(SideBasis side, Measure measure, SimilarityOptions options) {
    double[] complex = new double[side.rank / 2];
    for (int i = 0; i < complex.length; i++) {
      complex[i] = side.singularValues[2 * i];
    }
    if (complex.length == 0) {
      return 0;
    }
    return measure == Measure.CCA ? complex.length : KeepRule.kept(complex, options);
  }

  /**
   * Indices of the frequencies two sizes share: all of them when equal, otherwise the signed
   * frequencies f with {@code |f| < min / 2}, as indices into the smaller transform.
   */
  static int[] sharedFrequencies(int first, int second) {
    if (first == second) {
      int[] all = new int[first];
      for (int i = 0; i < first; i++) {
        all[i] = i;
      }
      return all;
    }
    int smaller = Math.min(first, second);
    int limit = (smaller - 1) / 2;
    int[] signed = new int[2 * limit + 1];
    int next = 0;
    for (int f = -limit; f <= limit; f++) {
      signed[next++] = f;
    }
    return signed;
  }

  private static void reverse(double[] values) {
    for (int i = 0, j = values.length - 1; i < j; i++, j--) {
      double t = values[i];
      values[i] = values[j];
      values[j] = t;
    }
  }

  /**
   * The 2-D DFT over space of every (datapoint, channel), {@code F(u, v) = sum_y sum_x
   * a(y, x) exp(-2 pi i (u y / H + v x / W))}, kept per frequency as centred complex
   * datapoints x channels blocks.
   */
  private static final class Spectrum {
    private final ConvActivations a;
    private final double[] re;
    private final double[] im;

    private Spectrum(ConvActivations a, double[] re, double[] im) {
      this.a = a;
      this.re = re;
      this.im = im;
    }

    static Spectrum of(ConvActivations a) {
      int n = a.datapoints();
      int h = a.height();
      int w = a.width();
      int c = a.channels();

      // Along x for each row: rowRe/rowIm indexed (i, y, v, c).
      double[] rowRe = new double[n * h * w * c];
      double[] rowIm = new double[n * h * w * c];
      double[][] twiddleW = twiddles(w);
      for (int i = 0; i < n; i++) {
        for (int y = 0; y < h; y++) {
          for (int v = 0; v < w; v++) {
            int out = ((i * h + y) * w + v) * c;
            for (int x = 0; x < w; x++) {
              double cos = twiddleW[0][(v * x) % w];
              double sin = twiddleW[1][(v * x) % w];
              for (int ch = 0; ch < c; ch++) {
                double value = a.get(i, y, x, ch);
                rowRe[out + ch] += value * cos;
                rowIm[out + ch] -= value * sin;
              }
            }
          }
        }
      }

      // Along y: the result indexed (u, v, i, c) so that each frequency is one block.
      double[] re = new double[rowRe.length];
      double[] im = new double[rowRe.length];
      double[][] twiddleH = twiddles(h);
      for (int u = 0; u < h; u++) {
        for (int v = 0; v < w; v++) {
          for (int i = 0; i < n; i++) {
            int out = ((u * w + v) * n + i) * c;
            for (int y = 0; y < h; y++) {
              double cos = twiddleH[0][(u * y) % h];
              double sin = twiddleH[1][(u * y) % h];
              int in = ((i * h + y) * w + v) * c;
              for (int ch = 0; ch < c; ch++) {
                // (p + iq)(cos - i sin) = p cos + q sin + i (q cos - p sin)
                re[out + ch] += rowRe[in + ch] * cos + rowIm[in + ch] * sin;
                im[out + ch] += rowIm[in + ch] * cos - rowRe[in + ch] * sin;
              }
            }
          }
        }
      }
      return new Spectrum(a, re, im);
    }

    /**
     * The centred block at signed frequency (u, v) as its real embedding: a 2n x 2c matrix
     * {@code [[Re, -Im], [Im, Re]]}.
     */
    Matrix embedded(int u, int v) {
      int n = a.datapoints();
      int c = a.channels();
      int row = Math.floorMod(u, a.height());
      int col = Math.floorMod(v, a.width());
      int base = (row * a.width() + col) * n * c;
      double[] meanRe = new double[c];
      double[] meanIm = new double[c];
      for (int i = 0; i < n; i++) {
        for (int ch = 0; ch < c; ch++) {
          meanRe[ch] += re[base + i * c + ch] / n;
          meanIm[ch] += im[base + i * c + ch] / n;
        }
      }
      Matrix out = Matrix.zeros(2 * n, 2 * c);
      for (int i = 0; i < n; i++) {
        for (int ch = 0; ch < c; ch++) {
          double p = re[base + i * c + ch] - meanRe[ch];
          double q = im[base + i * c + ch] - meanIm[ch];
          out.set(i, ch, p);
          out.set(i, c + ch, -q);
          out.set(n + i, ch, q);
          out.set(n + i, c + ch, p);
        }
      }
      return out;
    }

    private static double[][] twiddles(int size) {
      double[][] t = new double[2][size];
      for (int k = 0; k < size; k++) {
        double angle = 2.0 * Math.PI * k / size;
        t[0][k] = Math.cos(angle);
        t[1][k] = Math.sin(angle);
      }
      return t;
    }
  }
}
