/**
 * The ND4J backend: GEMM, thin QR and thin SVD for the svcca SPI on ND4J's native CPU runtime
 * (OpenBLAS) or, in a CUDA build, its GPU runtime.
 *
 * <p>Only {@code nd4j.api} is read at compile time; the runtime module ({@code nd4j.cpu} or
 * the CUDA one) is chosen by the deployment and found by ND4J itself. ND4J's own descriptors
 * require a {@code lombok} module and name SLF4J {@code slf4j.api}, so ND4J runs on the class
 * path, not the module path; this descriptor still lets a modular build compile against this
 * backend and register its provider.
 */
module org.svcca.backend.nd4j {
  requires org.svcca.api;
  requires org.slf4j;
  requires nd4j.api;

  provides org.svcca.spi.LinearAlgebraProvider with org.svcca.backend.nd4j.Nd4jProvider;
}
