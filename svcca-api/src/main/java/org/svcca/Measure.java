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
  CKA("cka"),
  /**
   * Linear CKA from the unbiased HSIC estimator (Song et al. 2012), as Kornblith et al.'s
   * {@code debiased=True}: less inflated by few datapoints and many neurons; may be slightly
   * negative. Needs the datapoints, so only on the direct path.
   */
  CKA_DEBIASED("cka-debiased"),
  /**
   * CKA with Gaussian (RBF) kernels whose bandwidth is a fraction of the median pairwise
   * distance ({@link SimilarityOptions#rbfBandwidth()}). Costs O(n^2) time; needs the
   * datapoints, so only on the direct path.
   */
  CKA_RBF("cka-rbf"),
  /**
   * Orthogonal Procrustes similarity: the nuclear norm of {@code Xc^T Yc} after scaling each
   * side to unit Frobenius norm, i.e. the largest {@code tr(Q^T Xc^T Yc)} over orthogonal Q.
   */
  PROCRUSTES("procrustes");

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
    return this == CCA || this == SVCCA || this == PWCCA;
  }

  /** Whether the measure needs the datapoints themselves, not only their second moments. */
  public boolean needsDatapoints() {
    return this == CKA_DEBIASED || this == CKA_RBF;
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
