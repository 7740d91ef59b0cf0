package org.svcca.spi;

import java.util.Objects;

/**
 * The result of a thin QR {@code A = Q R} of an {@code m x n} matrix with {@code m >= n}.
 *
 * @param q m x n with orthonormal columns
 * @param r n x n upper triangular
 */
public record ThinQr(Matrix q, Matrix r) {

  public ThinQr {
    Objects.requireNonNull(q, "q");
    Objects.requireNonNull(r, "r");
  }
}
