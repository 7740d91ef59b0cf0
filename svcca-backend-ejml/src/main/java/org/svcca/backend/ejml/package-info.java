/**
 * The EJML backend: {@link org.svcca.backend.ejml.EjmlProvider} (id {@code ejml}) and the
 * {@link org.svcca.backend.ejml.EjmlBackend} it creates. Matrices cross the SPI boundary
 * without copies, since EJML's {@code DMatrixRMaj} is row-major like
 * {@link org.svcca.spi.Matrix}; the package-private classes hold the products and the two
 * decompositions, each choosing between EJML's single-threaded and concurrent kernels by size.
 */
package org.svcca.backend.ejml;
