package org.svcca.cli;

import org.svcca.InvalidInputException;
import org.svcca.Layer;
import org.svcca.Similarity;
import org.svcca.io.ActivationFiles;
import org.svcca.io.NdArray;
import org.svcca.spi.Matrix;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * How the analysis commands read their files: every activation file and every label file
 * goes through here, so that a new input layout (such as convolutional activations) is
 * added in one place. A picocli mixin carrying the reading options.
 */
final class ActivationInputs {

  @Option(names = "--neurons-first",
      description = "Files store neurons as rows (google/svcca's layout); a one-hot label "
          + "matrix is read the same way.")
  private boolean neuronsFirst;

  @Mixin
  private ConvOptions conv = new ConvOptions();

  /**
   * The activations in {@code spec} as datapoints x neurons; 4-D convolutional activations
   * with every spatial position as a datapoint.
   *
   * @throws InvalidInputException naming the file and the problem
   */
  Matrix read(String spec) {
    if (conv.dft()) {
      throw new InvalidInputException("--conv dft compares two layers frequency by "
          + "frequency and is available in compare; here use --conv flatten");
    }
    return conv.readMatrix(spec, neuronsFirst);
  }

  /**
   * Reads and decomposes one layer, named by its spec in messages.
   *
   * @throws InvalidInputException naming the file and the problem
   */
  Layer decompose(Similarity similarity, String spec) {
    return similarity.decompose(read(spec), spec);
  }

  /**
   * Class labels: a vector (or one column) of integer classes, or a matrix of 0/1 class
   * indicators with one column per class (one-hot).
   *
   * @throws InvalidInputException naming the file and the problem
   */
  ClassLabels labels(String spec) {
    NdArray array = ActivationFiles.readArray(spec);
    int rank = array.rank();
    if (rank == 1 || (rank == 2 && array.dim(neuronsFirst ? 0 : 1) == 1)) {
      return ClassLabels.ofClasses(spec, array.data());
    }
    if (rank == 2) {
      return ClassLabels.ofIndicators(spec, ActivationFiles.read(spec, neuronsFirst));
    }
    throw new InvalidInputException(spec + ": " + array.shapeText() + " labels; expected a "
        + "vector of integer classes or a datapoints x classes one-hot matrix");
  }
}
