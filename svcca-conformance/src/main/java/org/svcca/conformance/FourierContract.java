package org.svcca.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svcca.ConvActivations;
import org.svcca.FourierSimilarity;
import org.svcca.Measure;
import org.svcca.Similarity;
import org.svcca.SimilarityOptions;
import org.svcca.io.ActivationFiles;
import org.svcca.io.NdArray;
import org.svcca.spi.LinearAlgebra;

/**
 * DFT-CCA of convolutional layers: it matches a NumPy computation of the definition
 * ({@code golden/conv/make_conv.py}) and, on translation-invariant data, CCA of the layers
 * flattened to datapoints x (positions x channels), as the SVCCA paper's theorem says.
 *
 * <p>A backend module runs this by subclassing it and supplying {@link #backend()}.
 */
public abstract class FourierContract {

  /** Same tolerance as the known answers: both sides compute in double precision. */
  protected static final double TOLERANCE = 1e-9;

  @TempDir
  Path scratch;

  /** The backend under test: the one factory hook. */
  protected abstract LinearAlgebra backend();

  @Test
  void dftCcaMatchesTheDefinitionOnLayersOfTheSameSize() throws IOException {
    checkAgainstNumpy("b.npy", "a vs b");
  }

  @Test
  void dftCcaComparesLayersOfDifferentSizeOnSharedFrequencies() throws IOException {
    checkAgainstNumpy("c.npy", "a vs c");
  }

  @Test
  void dftCcaEqualsFlattenedCcaOnTranslationInvariantData() {
    Random random = new Random(5);
    int bases = 12;
    int side = 4;
    double[][] a = new double[bases][side * side * 2];
    double[][] b = new double[bases][side * side * 3];
    for (int k = 0; k < bases; k++) {
      for (int p = 0; p < side * side; p++) {
        double x = random.nextGaussian();
        double y = random.nextGaussian();
        a[k][p * 2] = x;
        a[k][p * 2 + 1] = y;
        b[k][p * 3] = x + 0.7 * y + 0.8 * random.nextGaussian();
        b[k][p * 3 + 1] = x - y + 0.8 * random.nextGaussian();
        b[k][p * 3 + 2] = random.nextGaussian();
      }
    }
    ConvActivations la = allShifts(a, side, 2);
    ConvActivations lb = allShifts(b, side, 3);
    Similarity similarity = new Similarity(backend());

    FourierSimilarity.Result dft = new FourierSimilarity(similarity).compare(la, lb,
        Measure.CCA, SimilarityOptions.defaults());
    double[] flattened = similarity.compare(la.flattenNeurons(), lb.flattenNeurons(),
        List.of(Measure.CCA), SimilarityOptions.defaults()).result(Measure.CCA).coefficients();

    assertEquals(flattened.length, dft.coefficients().length);
    SimilarityContract.assertArrayClose(flattened, dft.coefficients(), TOLERANCE);
    assertEquals(side * side, dft.frequencies().size());
  }

  @Test
  void dftCcaTellsRelatedFromUnrelatedLayers() throws IOException {
    ConvActivations a = conv("a.npy");
    ConvActivations related = conv("b.npy");
    NdArray raw = ActivationFiles.readArray(
        KnownAnswers.bundledFile("conv/b.npy", scratch).toString());
    double[] shuffled = shuffledDatapoints(raw, new Random(3));
    ConvActivations unrelated = ConvActivations.of(raw.shape(), shuffled, false, "shuffled");
    FourierSimilarity fourier = new FourierSimilarity(new Similarity(backend()));

    double near = fourier.compare(a, related, Measure.CCA, SimilarityOptions.defaults())
        .similarity();
    double far = fourier.compare(a, unrelated, Measure.CCA, SimilarityOptions.defaults())
        .similarity();

    assertTrue(near - far > 0.3, "related " + near + ", unrelated " + far);
  }

  private void checkAgainstNumpy(String other, String key) throws IOException {
    JsonNode expected;
    try (var in = KnownAnswers.class.getResourceAsStream("/golden/conv/expected.json")) {
      expected = new ObjectMapper().readTree(in).path(key);
    }
    FourierSimilarity.Result result = new FourierSimilarity(new Similarity(backend()))
        .compare(conv("a.npy"), conv(other), Measure.CCA, SimilarityOptions.defaults());

    assertEquals(expected.path("similarity").asDouble(), result.similarity(), TOLERANCE);
    double[] want = new double[expected.path("coefficients").size()];
    for (int i = 0; i < want.length; i++) {
      want[i] = expected.path("coefficients").get(i).asDouble();
    }
    SimilarityContract.assertArrayClose(want, result.coefficients(), TOLERANCE);
  }

  private ConvActivations conv(String name) {
    Path file = KnownAnswers.bundledFile("conv/" + name, scratch);
    NdArray array = ActivationFiles.readArray(file.toString());
    return ConvActivations.of(array.shape(), array.data(), false, name);
  }

  /** The datapoints of a 4-D array in random order, which unpairs them from another layer's. */
  private static double[] shuffledDatapoints(NdArray array, Random random) {
    int n = array.shape()[0];
    int block = array.size() / n;
    int[] order = new SyntheticLayers(random.nextLong()).permutation(n);
    double[] out = new double[array.size()];
    for (int i = 0; i < n; i++) {
      System.arraycopy(array.data(), order[i] * block, out, i * block, block);
    }
    return out;
  }

  /** Every cyclic shift of every base image: a translation-invariant set of datapoints. */
  private static ConvActivations allShifts(double[][] bases, int side, int channels) {
    int n = bases.length * side * side;
    double[] data = new double[n * side * side * channels];
    int i = 0;
    for (double[] base : bases) {
      for (int dy = 0; dy < side; dy++) {
        for (int dx = 0; dx < side; dx++) {
          for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
              int from = (((y + dy) % side) * side + (x + dx) % side) * channels;
              int to = ((i * side + y) * side + x) * channels;
              System.arraycopy(base, from, data, to, channels);
            }
          }
          i++;
        }
      }
    }
    return ConvActivations.of(new int[] {n, side, side, channels}, data, false, "shifts");
  }
}
