/**
 * The jblas backend: {@link org.svcca.backend.jblas.JblasProvider} (id {@code jblas}) and the
 * {@link org.svcca.backend.jblas.JblasBackend} it creates, on the OpenBLAS and LAPACK bundled in
 * jblas's jar. Native code is loaded by the availability check, never by discovery;
 * the package-private classes hold that loading, with the lock every native call takes. The
 * conversions to and from LAPACK's column-major arrays are the SPI's
 * {@link org.svcca.spi.ColumnMajor}.
 */
package org.svcca.backend.jblas;
