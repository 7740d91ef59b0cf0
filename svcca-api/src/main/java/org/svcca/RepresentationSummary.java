package org.svcca;

import java.util.Objects;

/**
 * What a comparison saw of one representation.
 *
 * @param label how messages name it, such as its file name
 * @param neurons columns of the input
 * @param rank directions left after dropping null ones (dead or duplicated neurons)
 * @param kept directions SVCCA keeps under the comparison's dims or keep rule
 */
public record RepresentationSummary(String label, int neurons, int rank, int kept) {

  public RepresentationSummary {
    Objects.requireNonNull(label, "label");
  }
}
