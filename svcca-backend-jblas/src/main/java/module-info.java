/**
 * The jblas backend: GEMM, thin QR and thin SVD for the svcca SPI on the OpenBLAS and LAPACK
 * that jblas bundles, through JNI. jblas's jar is an automatic module named after its file.
 */
module org.svcca.backend.jblas {
  requires org.svcca.api;
  requires org.slf4j;
  requires jblas;

  provides org.svcca.spi.LinearAlgebraProvider with org.svcca.backend.jblas.JblasProvider;
}
