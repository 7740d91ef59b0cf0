package org.svcca;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The similarity measures, with the names the command line and JSON output use. */
public enum Measure {
  /** Mean canonical correlation of the two centred representations, all directions kept. */
  CCA("cca"),
  /** CCA after keeping each side's top singular directions (Raghu et al. 2017). */
  SVCCA("svcca"),
  /** Canonical correlations weighted by how much of one side they account for (Morcos et al. 2018). */
  PWCCA("pwcca"),
  /** Linear centred kernel alignment (Kornblith et al. 2019). */
  CKA("cka");

  private final String label;

  Measure(String label) {
    this.label = label;
  }

  /** The lower-case name, such as {@code svcca}. */
  public String label() {
    return label;
  }

  /** Whether the result carries canonical correlations. */
  public boolean isCanonical() {
    return this != CKA;
  }

  /**
   * The measure with this name, case-insensitively.
   *
   * @throws InvalidInputException naming the known measures if there is none
   */
  public static Measure parse(String name) {
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    for (Measure measure : values()) {
      if (measure.label.equals(wanted)) {
        return measure;
      }
    }
    throw new InvalidInputException("unknown measure '" + name.trim() + "'; known: "
        + Arrays.stream(values()).map(Measure::label).collect(Collectors.joining(", ")));
  }

  @Override
  public String toString() {
    return label;
  }
}
