/**
 * What backend authors implement: {@link org.svcca.spi.LinearAlgebraProvider}, found through
 * {@link java.util.ServiceLoader}, and the {@link org.svcca.spi.LinearAlgebra} operations it
 * creates (GEMM, thin QR, thin SVD) on the neutral row-major {@link org.svcca.spi.Matrix}.
 */
package org.svcca.spi;
