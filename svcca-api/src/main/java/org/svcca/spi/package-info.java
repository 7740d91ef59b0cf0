/**
 * What backend authors implement: {@link org.svcca.spi.LinearAlgebraProvider}, found through
 * {@link java.util.ServiceLoader}, and the {@link org.svcca.spi.LinearAlgebra} operations it
 * creates (GEMM, thin QR, thin SVD) on the neutral row-major {@link org.svcca.spi.Matrix}.
 * Helpers shared by backends at their boundary live here too, since backends may not depend on
 * each other: {@link org.svcca.spi.Matrices}, {@link org.svcca.spi.ColumnMajor},
 * {@link org.svcca.spi.SvdResults} and {@link org.svcca.spi.ProbedProvider}.
 */
package org.svcca.spi;
