package org.svcca;

import java.util.Locale;

/** How SVCCA turns a kept fraction into a number of singular directions. */
public enum KeepBy {
  /**
   * By variance: the smallest k whose share of the sum of squared singular values strictly
   * exceeds the fraction. The default.
   */
  VARIANCE("variance"),
  /**
   * By singular values, the SVCCA paper's rule: the smallest k whose share of the sum of
   * singular values reaches the fraction.
   */
  SINGULAR_VALUES("singular-values");

  private final String label;

  KeepBy(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * The rule with this name.
   *
   * @throws InvalidInputException naming the known rules if there is none
   */
  public static KeepBy parse(String name) {
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    for (KeepBy rule : values()) {
      if (rule.label.equals(wanted)) {
        return rule;
      }
    }
    throw new InvalidInputException(
        "unknown keep-by rule '" + name.trim() + "'; known: variance, singular-values");
  }

  @Override
  public String toString() {
    return label;
  }
}
