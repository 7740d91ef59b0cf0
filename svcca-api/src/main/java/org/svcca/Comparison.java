package org.svcca;

import java.util.List;
import java.util.Objects;

/**
 * The answer to one comparison of two representations: every requested measure, computed
 * from one decomposition of each side.
 *
 * @param samples datapoints, the rows shared by both inputs
 * @param backend id of the backend that did the linear algebra
 * @param path how the measures were computed
 * @param a what was seen of the first representation
 * @param b what was seen of the second representation
 * @param results one per requested measure, in the requested order
 * @param warnings doubtful aspects of the input worth telling a user, in words
 */
public record Comparison(int samples, String backend, ComputationPath path,
    RepresentationSummary a, RepresentationSummary b, List<MeasureResult> results,
    List<String> warnings) {

  public Comparison {
    Objects.requireNonNull(backend, "backend");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    results = List.copyOf(results);
    warnings = List.copyOf(warnings);
  }

  /**
   * The result for one measure.
   *
   * @throws IllegalArgumentException if it was not requested
   */
  public MeasureResult result(Measure measure) {
    return results.stream().filter(r -> r.measure() == measure).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(measure + " was not computed"));
  }
}
