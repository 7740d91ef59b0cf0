package org.svcca.cli;

import org.svcca.ConvActivations;
import org.svcca.InvalidInputException;
import org.svcca.io.ActivationFiles;
import org.svcca.io.NdArray;
import org.svcca.spi.Matrix;
import picocli.CommandLine.Option;

/**
 * How commands read 4-D convolutional activations: flattened with every spatial position as a
 * datapoint, or kept 4-D for DFT-CCA. 1-D and 2-D files are read as they are.
 */
final class ConvOptions {

  /** What to do with 4-D inputs. */
  enum Mode {
    FLATTEN,
    DFT
  }

  @Option(names = "--conv", paramLabel = "MODE", defaultValue = "flatten",
      description = "4-D inputs: flatten (every spatial position is a datapoint; default) or "
          + "dft (CCA per spatial frequency, the SVCCA paper's method).")
  Mode mode;

  @Option(names = "--channels-first",
      description = "4-D inputs are N x C x H x W (PyTorch) rather than N x H x W x C.")
  boolean channelsFirst;

  /** Whether the two files are to be compared frequency by frequency. */
  boolean dft() {
    return mode == Mode.DFT;
  }

  /**
   * A 4-D file as convolutional activations, for DFT-CCA.
   *
   * @throws InvalidInputException if the file is not 4-D
   */
  ConvActivations readConv(String spec) {
    NdArray array = ActivationFiles.readArray(spec);
    if (array.rank() != 4) {
      throw new InvalidInputException(spec + ": --conv dft needs 4-D activations (N x H x W x "
          + "C), got " + array.shapeText());
    }
    requireFinite(spec, array);
    return ConvActivations.of(array.shape(), array.data(), channelsFirst, spec);
  }

  /**
   * A file as datapoints x neurons: 4-D files flattened so each spatial position is a
   * datapoint, others as {@link ActivationFiles#read} reads them.
   */
  Matrix readMatrix(String spec, boolean neuronsFirst) {
    return readMatrix(spec, neuronsFirst, channelsFirst);
  }

  /** As {@link #readMatrix(String, boolean)}, with the 4-D layout given. */
  static Matrix readMatrix(String spec, boolean neuronsFirst, boolean channelsFirst) {
    NdArray array = ActivationFiles.readArray(spec);
    if (array.rank() != 4) {
      return ActivationFiles.asMatrix(spec, array, neuronsFirst);
    }
    requireFinite(spec, array);
    return ConvActivations.of(array.shape(), array.data(), channelsFirst, spec)
        .flattenPositions();
  }

  private static void requireFinite(String spec, NdArray array) {
    double[] data = array.data();
    for (int i = 0; i < data.length; i++) {
      if (!Double.isFinite(data[i])) {
        throw new InvalidInputException(spec + ": " + data[i] + " at flat index " + i
            + " of the " + array.shapeText() + " array");
      }
    }
  }
}
