package org.svcca.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.svcca.InvalidInputException;
import org.svcca.spi.Matrix;

/**
 * Class labels of the datapoints as indicator columns: column c is 1 on the datapoints of
 * class c and 0 elsewhere. One-hot codes sum to 1 in every row, so k classes span k - 1
 * centred directions; the similarity code drops the null one by rank.
 *
 * @param spec the file as the user named it
 * @param names one name per class: the integer class, or the column index of an indicator
 *     matrix
 * @param indicators datapoints x classes, 0 or 1
 */
record ClassLabels(String spec, List<String> names, Matrix indicators) {

  /** Integer classes, one per datapoint; classes are ordered by value. */
  static ClassLabels ofClasses(String spec, double[] classes) {
    if (classes.length == 0) {
      throw new InvalidInputException(spec + ": no labels");
    }
    TreeMap<Long, Integer> columns = new TreeMap<>();
    for (int i = 0; i < classes.length; i++) {
      columns.put(integerClass(spec, classes[i], i), 0);
    }
    if (columns.size() < 2) {
      throw new InvalidInputException(spec + ": every datapoint is of class "
          + columns.firstKey() + "; class labels need at least 2 classes to correlate with");
    }
    List<String> names = new ArrayList<>();
    for (Long value : columns.keySet()) {
      columns.put(value, names.size());
      names.add(Long.toString(value));
    }
    Matrix indicators = Matrix.zeros(classes.length, names.size());
    for (int i = 0; i < classes.length; i++) {
      indicators.set(i, columns.get((long) classes[i]), 1.0);
    }
    return new ClassLabels(spec, List.copyOf(names), indicators);
  }

  /** A datapoints x classes matrix of 0/1 indicators, one column per class. */
  static ClassLabels ofIndicators(String spec, Matrix indicators) {
    double[] data = indicators.data();
    for (int k = 0; k < data.length; k++) {
      if (data[k] != 0.0 && data[k] != 1.0) {
        throw new InvalidInputException(String.format(Locale.ROOT, "%s: value %s at "
            + "datapoint %d, class %d is not 0 or 1; give integer classes or a one-hot matrix",
            spec, data[k], k / indicators.cols(), k % indicators.cols()));
      }
    }
    List<String> names = new ArrayList<>();
    for (int c = 0; c < indicators.cols(); c++) {
      names.add(Integer.toString(c));
    }
    return new ClassLabels(spec, List.copyOf(names), indicators);
  }

  int classes() {
    return names.size();
  }

  /** Datapoints of class c. */
  int count(int c) {
    int count = 0;
    for (int i = 0; i < indicators.rows(); i++) {
      count += indicators.get(i, c) != 0.0 ? 1 : 0;
    }
    return count;
  }

  /** The indicator of class c as a datapoints x 1 matrix. */
  Matrix indicator(int c) {
    return Matrix.wrap(indicators.rows(), 1, indicators.column(c));
  }

  private static long integerClass(String spec, double value, int datapoint) {
    if (!Double.isFinite(value) || value != Math.rint(value) || Math.abs(value) > 1e15) {
      throw new InvalidInputException(spec + ": label " + value + " at datapoint " + datapoint
          + " is not an integer class; give integer classes or a one-hot matrix");
    }
    return (long) value;
  }
}
