/**
 * The pure-Java backend on EJML: GEMM, thin QR and thin SVD for the svcca SPI, with no native
 * code. EJML's jars are automatic modules named after their files.
 */
module org.svcca.backend.ejml {
  requires org.svcca.api;
  requires ejml.core;
  requires ejml.ddense;

  provides org.svcca.spi.LinearAlgebraProvider with org.svcca.backend.ejml.EjmlProvider;
}
