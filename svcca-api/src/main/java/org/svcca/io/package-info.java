/**
 * Readers for activation files: NumPy {@code .npy} and {@code .npz}, CSV and TSV. Each
 * returns a {@link org.svcca.spi.Matrix} with datapoints as rows and reports a malformed file
 * as an {@link org.svcca.InvalidInputException} naming the file.
 */
package org.svcca.io;
