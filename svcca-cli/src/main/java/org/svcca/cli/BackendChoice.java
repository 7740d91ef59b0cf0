package org.svcca.cli;

import com.google.inject.Provider;
import com.google.inject.ProvisionException;
import jakarta.inject.Inject;
import org.svcca.Backends;
import org.svcca.spi.LinearAlgebra;

/**
 * The backend a command runs on: the one named by {@code --backend}, or else the bound
 * default (selection by property, environment and priority, unless an application overrode
 * the binding).
 */
final class BackendChoice {

  private final Backends backends;
  private final Provider<LinearAlgebra> defaultBackend;

  @Inject
  BackendChoice(Backends backends, Provider<LinearAlgebra> defaultBackend) {
    this.backends = backends;
    this.defaultBackend = defaultBackend;
  }

  /**
   * @param explicitId the {@code --backend} value, or null
   * @throws org.svcca.BackendSelectionException if that backend is unknown or unavailable
   */
  LinearAlgebra resolve(String explicitId) {
    if (explicitId != null) {
      return backends.select(explicitId);
    }
    try {
      return defaultBackend.get();
    } catch (ProvisionException e) {
      // Guice wraps what the selection threw; users need the selection's own message.
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw e;
    }
  }
}
