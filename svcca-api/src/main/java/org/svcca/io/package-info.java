/**
 * Readers for activation files: NumPy {@code .npy} and {@code .npz}, CSV and TSV.
 * {@link org.svcca.io.ActivationFiles#read} returns a {@link org.svcca.spi.Matrix} with
 * datapoints as rows and checks that every value is finite;
 * {@link org.svcca.io.ActivationFiles#readArray} returns the array with its own shape, as an
 * {@link org.svcca.io.NdArray}, for labels and convolution activations. A malformed,
 * truncated or unreadable file is an {@link org.svcca.InvalidInputException} naming it.
 * The formats are parsed here with the JDK alone.
 */
package org.svcca.io;
