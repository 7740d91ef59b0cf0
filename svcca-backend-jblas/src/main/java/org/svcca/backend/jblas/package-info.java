/**
 * The jblas backend: {@link org.svcca.backend.jblas.JblasProvider} (id {@code jblas}) and the
 * {@link org.svcca.backend.jblas.JblasBackend} it creates, on the OpenBLAS and LAPACK bundled in
 * jblas's jar. Native code is loaded by the availability check, never by discovery;
 * the package-private classes hold that loading, with the lock every native call takes, and the
 * conversions between row-major matrices and LAPACK's column-major arrays.
 */
package org.svcca.backend.jblas;
