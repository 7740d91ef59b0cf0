package org.svcca.spi;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of a thin SVD {@code A = U diag(s) V^T} of an {@code m x n} matrix, with
 * {@code k = min(m, n)}: {@code s} has k entries, {@code U} is m x k, {@code V} is n x k.
 *
 * @param singularValues s, descending and non-negative
 * @param left U, present only when asked for
 * @param right V (not V^T), present only when asked for
 */
public record ThinSvd(double[] singularValues, Optional<Matrix> left, Optional<Matrix> right) {

  public ThinSvd {
    Objects.requireNonNull(singularValues, "singularValues");
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
  }

  /** U; fails if it was not asked for. */
  public Matrix u() {
    return left.orElseThrow(() -> new IllegalStateException("U was not computed"));
  }

  /** V; fails if it was not asked for. */
  public Matrix v() {
    return right.orElseThrow(() -> new IllegalStateException("V was not computed"));
  }
}
