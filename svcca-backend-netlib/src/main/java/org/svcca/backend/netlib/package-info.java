/**
 * The netlib backend: {@link org.svcca.backend.netlib.NetlibProvider} (id {@code netlib}) and the
 * {@link org.svcca.backend.netlib.NetlibBackend} it creates, on the system's BLAS and LAPACK
 * reached through dev.ludovic.netlib's JNI bindings. Native code is loaded by the availability
 * check, never by discovery, and netlib's pure-Java fallback is never used; the package-private
 * classes hold that loading. The conversions to and from LAPACK's column-major arrays are
 * the SPI's {@link org.svcca.spi.ColumnMajor}.
 */
package org.svcca.backend.netlib;
