package org.svcca.conformance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

/**
 * Locates the project's {@code shared/} folder (known answers too large to commit, real
 * activations that may not be committed): the system property {@code svcca.shared} if set,
 * otherwise a {@code shared} folder beside the checkout, found by walking up from the working
 * directory. Tests that need it skip, saying so, when it is absent.
 */
public final class SharedData {

  /** System property that points at the shared folder. */
  public static final String PROPERTY = "svcca.shared";

  private SharedData() {}

  /** The shared folder, if this machine has one. */
  public static Optional<Path> root() {
    String configured = System.getProperty(PROPERTY);
    if (configured != null && Files.isDirectory(Paths.get(configured))) {
      return Optional.of(Paths.get(configured).toAbsolutePath().normalize());
    }
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared");
      if (Files.isDirectory(candidate.resolve("golden"))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** A path below the shared folder, if the folder and that path exist. */
  public static Optional<Path> resolve(String relative) {
    return root().map(r -> r.resolve(relative)).filter(Files::exists);
  }
}
