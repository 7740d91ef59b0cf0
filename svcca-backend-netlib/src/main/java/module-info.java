/**
 * The netlib backend: GEMM, thin QR and thin SVD for the svcca SPI on the system's BLAS and
 * LAPACK (such as OpenBLAS), through dev.ludovic.netlib's JNI bindings. Its jars are automatic
 * modules; {@code arpack.combined.all} holds the {@code intW} that LAPACK's status comes back in.
 */
module org.svcca.backend.netlib {
  requires org.svcca.api;
  requires org.slf4j;
  requires java.logging;
  requires dev.ludovic.netlib.blas;
  requires dev.ludovic.netlib.lapack;
  requires arpack.combined.all;

  provides org.svcca.spi.LinearAlgebraProvider with org.svcca.backend.netlib.NetlibProvider;
}
