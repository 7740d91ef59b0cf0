package org.svcca;

import java.util.Objects;
import org.svcca.spi.Availability;
import org.svcca.spi.BackendKind;

/**
 * What discovery found about one backend, for listing to users.
 *
 * @param id stable id, such as {@code ejml}
 * @param library the library underneath and its version
 * @param kind pure Java, native or GPU
 * @param priority higher wins when nothing is chosen explicitly
 * @param availability whether it can run here, and if not why
 * @param implementation the provider class, for diagnosing deployments
 */
public record BackendInfo(String id, String library, BackendKind kind, int priority,
    Availability availability, String implementation) {

  public BackendInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(library, "library");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(availability, "availability");
    Objects.requireNonNull(implementation, "implementation");
  }

  public boolean available() {
    return availability.available();
  }
}
