package org.svcca.io;

import org.svcca.spi.Matrix;

/** Entry point for reading activation files. */
public final class ActivationFiles {

  private ActivationFiles() {}

  /**
   * Reads the activations named by {@code spec}: a path to {@code .npy}, {@code .csv} or
   * {@code .tsv}, or {@code file.npz:member}.
   *
   * @param neuronsFirst true when the file stores neurons as rows (google/svcca's layout)
   * @return datapoints x neurons
   * @throws org.svcca.InvalidInputException naming the file and the problem
   */
  public static Matrix read(String spec, boolean neuronsFirst) {
    throw new UnsupportedOperationException("readers are being written");
  }
}
