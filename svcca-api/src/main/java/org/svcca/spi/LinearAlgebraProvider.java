package org.svcca.spi;

/**
 * A backend, as found by {@link java.util.ServiceLoader}.
 *
 * <p>Implementations are registered both in
 * {@code META-INF/services/org.svcca.spi.LinearAlgebraProvider} and with {@code provides} in
 * their {@code module-info}. They must have a public no-argument constructor that does no
 * work: loading native code belongs in {@link #availability()}, which must not throw, so that
 * one broken backend cannot hide the others.
 */
public interface LinearAlgebraProvider {

  /** The stable id users select this backend by: lower case, such as {@code ejml}. */
  String id();

  /** The library underneath and its version, such as {@code EJML 0.46.1}. */
  String library();

  /** What a deployment must ship for this backend. */
  BackendKind kind();

  /**
   * Higher wins when no backend is chosen explicitly. Pure-Java backends sit near 100, native
   * CPU ones above them, GPU ones above those; ties are broken by id.
   */
  int priority();

  /**
   * Whether this backend can run here. Loads native code if there is any; never throws;
   * the result may be cached.
   */
  Availability availability();

  /**
   * A ready instance.
   *
   * @throws IllegalStateException if the backend is not available
   */
  LinearAlgebra create();
}
