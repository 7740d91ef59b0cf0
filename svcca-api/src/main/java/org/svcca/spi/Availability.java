package org.svcca.spi;

import java.util.Objects;

/**
 * Whether a backend can run in this JVM, and if not, why.
 *
 * @param available true when {@link LinearAlgebraProvider#create()} will succeed
 * @param reason empty when available; otherwise what is missing, in words a user can act on
 */
public record Availability(boolean available, String reason) {

  public Availability {
    Objects.requireNonNull(reason, "reason");
  }

  public static Availability ok() {
    return new Availability(true, "");
  }

  public static Availability unavailable(String reason) {
    return new Availability(false, reason);
  }
}
