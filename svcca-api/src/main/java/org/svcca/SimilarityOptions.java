package org.svcca;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Settings of a comparison. Immutable; build with {@link #builder()}. The defaults are the
 * project's headline numbers: SVCCA keeps 99% of each side's variance, no epsilon, the
 * computation path chosen by shape, PWCCA weighted by the side with fewer directions.
 */
public final class SimilarityOptions {

  /** Fraction of variance SVCCA keeps unless told otherwise. */
  public static final double DEFAULT_KEEP = 0.99;

  /** RBF bandwidth as a fraction of the median pairwise distance, as Kornblith et al.'s demo. */
  public static final double DEFAULT_RBF_BANDWIDTH = 0.5;

  private static final SimilarityOptions DEFAULTS = builder().build();

  private final OptionalInt dims;
  private final double keep;
  private final KeepBy keepBy;
  private final double epsilon;
  private final ComputationPath path;
  private final PwccaSide pwccaSide;
  private final boolean allowUnderdetermined;
  private final double rbfBandwidth;
  private final String labelA;
  private final String labelB;

  private SimilarityOptions(Builder builder) {
    this.dims = builder.dims;
    this.keep = builder.keep;
    this.keepBy = builder.keepBy;
    this.epsilon = builder.epsilon;
    this.path = builder.path;
    this.pwccaSide = builder.pwccaSide;
    this.allowUnderdetermined = builder.allowUnderdetermined;
    this.rbfBandwidth = builder.rbfBandwidth;
    this.labelA = builder.labelA;
    this.labelB = builder.labelB;
  }

  public static SimilarityOptions defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from these settings. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.dims = dims;
    builder.keep = keep;
    builder.keepBy = keepBy;
    builder.epsilon = epsilon;
    builder.path = path;
    builder.pwccaSide = pwccaSide;
    builder.allowUnderdetermined = allowUnderdetermined;
    builder.rbfBandwidth = rbfBandwidth;
    builder.labelA = labelA;
    builder.labelB = labelB;
    return builder;
  }

  /** SVCCA keeps exactly this many directions per side (capped at the rank), if set. */
  public OptionalInt dims() {
    return dims;
  }

  /** SVCCA's kept fraction, used when {@link #dims()} is empty. */
  public double keep() {
    return keep;
  }

  public KeepBy keepBy() {
    return keepBy;
  }

  /**
   * google/svcca's epsilon: when positive, neurons whose variance relative to the largest
   * covariance entry is below it are pruned and epsilon is added to the diagonal of the
   * rescaled covariances before the correlations are computed. Zero (the default) turns this
   * off and drops null directions by numerical rank instead.
   */
  public double epsilon() {
    return epsilon;
  }

  public ComputationPath path() {
    return path;
  }

  public PwccaSide pwccaSide() {
    return pwccaSide;
  }

  /**
   * Whether to compute canonical correlations when the kept directions of both sides together
   * exceed the datapoints' degrees of freedom, which forces some correlations to 1.
   */
  public boolean allowUnderdetermined() {
    return allowUnderdetermined;
  }

  /**
   * Bandwidth of {@link Measure#CKA_RBF}'s Gaussian kernel as a fraction of the median
   * pairwise distance: {@code k(x, y) = exp(-|x - y|^2 / (2 f^2 median(|xi - xj|^2)))}.
   */
  public double rbfBandwidth() {
    return rbfBandwidth;
  }

  /** How messages name the first representation, such as its file name. */
  public String labelA() {
    return labelA;
  }

  /** How messages name the second representation. */
  public String labelB() {
    return labelB;
  }

  /** Builds {@link SimilarityOptions}; each setter checks its argument at once. */
  public static final class Builder {
    private OptionalInt dims = OptionalInt.empty();
    private double keep = DEFAULT_KEEP;
    private KeepBy keepBy = KeepBy.VARIANCE;
    private double epsilon;
    private ComputationPath path = ComputationPath.AUTO;
    private PwccaSide pwccaSide = PwccaSide.FEWER;
    private boolean allowUnderdetermined;
    private double rbfBandwidth = DEFAULT_RBF_BANDWIDTH;
    private String labelA = "A";
    private String labelB = "B";

    private Builder() {}

    /**
     * Keep exactly {@code count} directions per side in SVCCA.
     *
     * @throws InvalidInputException if {@code count < 1}
     */
    public Builder dims(int count) {
      if (count < 1) {
        throw new InvalidInputException("dims must be at least 1, got " + count);
      }
      this.dims = OptionalInt.of(count);
      return this;
    }

    /**
     * Keep the directions that carry this fraction in SVCCA; clears {@link #dims(int)}.
     *
     * @throws InvalidInputException unless {@code 0 < fraction <= 1}
     */
    public Builder keep(double fraction) {
      if (!(fraction > 0.0 && fraction <= 1.0)) {
        throw new InvalidInputException(
            "keep must be a fraction in (0, 1], got " + fraction);
      }
      this.keep = fraction;
      this.dims = OptionalInt.empty();
      return this;
    }

    public Builder keepBy(KeepBy rule) {
      this.keepBy = Objects.requireNonNull(rule, "rule");
      return this;
    }

    /**
     * google/svcca's relative-variance pruning threshold and ridge; 0 turns it off.
     *
     * @throws InvalidInputException unless {@code 0 <= epsilon < 1}
     */
    public Builder epsilon(double value) {
      if (!(value >= 0.0 && value < 1.0)) {
        throw new InvalidInputException("epsilon must be in [0, 1), got " + value);
      }
      this.epsilon = value;
      return this;
    }

    public Builder path(ComputationPath value) {
      this.path = Objects.requireNonNull(value, "path");
      return this;
    }

    public Builder pwccaSide(PwccaSide side) {
      this.pwccaSide = Objects.requireNonNull(side, "side");
      return this;
    }

    public Builder allowUnderdetermined(boolean allow) {
      this.allowUnderdetermined = allow;
      return this;
    }

    /**
     * The RBF kernel's bandwidth as a fraction of the median pairwise distance.
     *
     * @throws InvalidInputException unless the fraction is positive and finite
     */
    public Builder rbfBandwidth(double fraction) {
      if (!(fraction > 0.0 && Double.isFinite(fraction))) {
        throw new InvalidInputException(
            "rbf-bandwidth must be a positive fraction of the median distance, got " + fraction);
      }
      this.rbfBandwidth = fraction;
      return this;
    }

    /** Names for the two representations in messages, such as their file names. */
    public Builder labels(String a, String b) {
      this.labelA = Objects.requireNonNull(a, "a");
      this.labelB = Objects.requireNonNull(b, "b");
      return this;
    }

    public SimilarityOptions build() {
      return new SimilarityOptions(this);
    }
  }
}
