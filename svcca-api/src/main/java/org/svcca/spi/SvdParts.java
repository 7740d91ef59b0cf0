package org.svcca.spi;

/** Which factors a thin SVD must return beside the singular values. */
public enum SvdParts {
  VALUES_ONLY(false, false),
  LEFT(true, false),
  RIGHT(false, true),
  BOTH(true, true);

  private final boolean left;
  private final boolean right;

  SvdParts(boolean left, boolean right) {
    this.left = left;
    this.right = right;
  }

  public boolean wantsLeft() {
    return left;
  }

  public boolean wantsRight() {
    return right;
  }
}
