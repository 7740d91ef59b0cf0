package org.svcca.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.svcca.spi.Availability;
import org.svcca.spi.LinearAlgebra;
import org.svcca.spi.LinearAlgebraProvider;

/**
 * What every {@link LinearAlgebraProvider} must satisfy to be discovered and selected. A
 * backend's test extends this class and supplies {@link #provider()}; the test's class path
 * must hold the backend's jar or classes, services file included.
 */
public abstract class ProviderContract {

  /** Lower-case letters and digits, starting with a letter: usable on a command line. */
  private static final String ID_PATTERN = "[a-z][a-z0-9]*";

  /** A fresh provider as {@link ServiceLoader} would make it; called once per test. */
  protected abstract LinearAlgebraProvider provider();

  @Test
  void idIsLowerCaseAndStable() {
    LinearAlgebraProvider provider = provider();

    String id = provider.id();

    assertNotNull(id, "id");
    assertTrue(id.matches(ID_PATTERN), "id '" + id + "' must match " + ID_PATTERN);
    assertEquals(id, provider.id(), "id changed between calls");
    assertEquals(id, provider().id(), "id differs between instances");
  }

  @Test
  void libraryIsNamed() {
    String library = provider().library();

    assertNotNull(library, "library");
    assertFalse(library.isBlank(), "library must name the library underneath and its version");
  }

  @Test
  void kindIsDeclared() {
    assertNotNull(provider().kind(), "kind");
  }

  @Test
  void availabilityIsReportedWithAReason() {
    Availability availability = provider().availability();

    assertNotNull(availability, "availability");
    if (!availability.available()) {
      assertFalse(availability.reason().isBlank(),
          "an unavailable backend must say why, in words a user can act on");
    }
  }

  @Test
  void createdBackendCarriesTheProviderId() {
    LinearAlgebraProvider provider = provider();

    if (provider.availability().available()) {
      LinearAlgebra backend = provider.create();
      assertNotNull(backend, "create()");
      assertEquals(provider.id(), backend.id(), "the backend's id must be its provider's");
    } else {
      assertThrows(IllegalStateException.class, provider::create,
          "create() must fail loudly when the backend is unavailable");
    }
  }

  @Test
  void isFoundByServiceLoader() {
    LinearAlgebraProvider provider = provider();

    List<LinearAlgebraProvider> found = discovered().stream()
        .filter(p -> p.getClass() == provider.getClass())
        .collect(Collectors.toList());

    assertEquals(1, found.size(), provider.getClass().getName()
        + " must be registered once in META-INF/services/" + LinearAlgebraProvider.class.getName());
    assertEquals(provider.id(), found.get(0).id());
  }

  @Test
  void noOtherDiscoveredProviderSharesItsId() {
    LinearAlgebraProvider provider = provider();

    List<String> clashes = discovered().stream()
        .filter(p -> p.getClass() != provider.getClass() && p.id().equals(provider.id()))
        .map(p -> p.getClass().getName())
        .collect(Collectors.toList());

    assertTrue(clashes.isEmpty(), "id '" + provider.id() + "' is also claimed by " + clashes);
  }

  private static List<LinearAlgebraProvider> discovered() {
    return ServiceLoader.load(LinearAlgebraProvider.class).stream()
        .map(ServiceLoader.Provider::get)
        .collect(Collectors.toList());
  }
}
