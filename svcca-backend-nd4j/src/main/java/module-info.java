/**
 * The ND4J backend: GEMM, thin QR and thin SVD for the svcca SPI on ND4J's native CPU runtime
 * (OpenBLAS) or, in a CUDA build, its GPU runtime.
 *
 * <p>Only {@code nd4j.api} is read at compile time; the runtime (ND4J's CPU or CUDA build) is
 * the deployment's choice and is found by ND4J itself. ND4J 1.0.0-M2.1 cannot run on the
 * module path: nd4j-api's descriptor exports a package its jar does not hold, requires a
 * {@code lombok} module and names SLF4J {@code slf4j.api}, so the JVM rejects it at boot.
 * This backend therefore runs on the class path, where
 * {@code META-INF/services/org.svcca.spi.LinearAlgebraProvider} registers it; the descriptor
 * lets the module compile as a named module and declares the same provider.
 */
module org.svcca.backend.nd4j {
  requires org.svcca.api;
  requires org.slf4j;
  requires nd4j.api;

  provides org.svcca.spi.LinearAlgebraProvider with org.svcca.backend.nd4j.Nd4jProvider;
}
