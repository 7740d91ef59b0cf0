package org.svcca;

import java.util.Locale;

/** Whose neurons weight the canonical correlations in PWCCA. */
public enum PwccaSide {
  /** The side with fewer directions (ties: A), as Morcos et al. and google/svcca do. */
  FEWER("fewer"),
  A("a"),
  B("b");

  private final String label;

  PwccaSide(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * The side with this name.
   *
   * @throws InvalidInputException naming the known sides if there is none
   */
  public static PwccaSide parse(String name) {
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    for (PwccaSide side : values()) {
      if (side.label.equals(wanted)) {
        return side;
      }
    }
    throw new InvalidInputException("unknown PWCCA side '" + name.trim() + "'; known: fewer, a, b");
  }
}
