package org.svcca;

import org.svcca.internal.DenseOps;
import org.svcca.spi.Matrix;

/** The one place that turns bad input into an {@link InvalidInputException} with its message. */
final class Checks {

  private Checks() {}

  /** Fails unless the condition holds; returns nothing so the message is built only on failure. */
  static void require(boolean condition, String message) {
    if (!condition) {
      throw new InvalidInputException(message);
    }
  }

  /** Fails if any value is NaN or infinite, naming the first one by datapoint and neuron. */
  static Matrix requireFinite(Matrix x, String label) {
    int index = DenseOps.firstNonFinite(x.data());
    if (index >= 0) {
      int cols = x.cols();
      double value = x.data()[index];
      throw new InvalidInputException(label + ": " + describe(value) + " at datapoint "
          + index / cols + ", neuron " + index % cols + " (0-based)");
    }
    return x;
  }

  /** Fails unless both inputs have the same datapoints and at least two of them. */
  static void requireComparable(Matrix a, Matrix b, String labelA, String labelB) {
    require(a.cols() > 0, labelA + " has no neurons");
    require(b.cols() > 0, labelB + " has no neurons");
    requireSameDatapoints(a.rows(), labelA, b.rows(), labelB);
    require(a.rows() >= 2, labelA + " has " + a.rows()
        + " datapoint(s); at least 2 are needed to centre and correlate");
  }

  /** Fails unless two representations have as many datapoints, naming both counts. */
  static void requireSameDatapoints(int rowsA, String labelA, int rowsB, String labelB) {
    require(rowsA == rowsB, labelA + " has " + rowsA + " datapoints, " + labelB + " has "
        + rowsB + "; rows must be the same inputs in the same order");
  }

  private static String describe(double value) {
    return Double.isNaN(value) ? "NaN" : value > 0 ? "+Inf" : "-Inf";
  }
}
