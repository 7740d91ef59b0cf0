/**
 * The ND4J backend: {@link org.svcca.backend.nd4j.Nd4jProvider} (id {@code nd4j}) and the
 * {@link org.svcca.backend.nd4j.Nd4jBackend} it creates.
 *
 * <p>ND4J is started once per JVM, in the provider's availability check, by the
 * package-private {@code Nd4jRuntime}; every failure to start is turned into an unavailable
 * backend with its reason. Matrices cross the SPI boundary by copy into ND4J's off-heap
 * arrays, row-major for products and column-major for LAPACK; the package-private classes
 * hold those conversions, the products and the two decompositions.
 */
package org.svcca.backend.nd4j;
