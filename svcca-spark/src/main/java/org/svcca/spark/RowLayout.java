package org.svcca.spark;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.VectorUDT;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.svcca.InvalidInputException;

/**
 * Where each representation's neurons sit in a {@link Row}: one array column, one ML vector
 * column, or several numeric columns. Built on the driver from the schema (and, for arrays and
 * vectors, the first row's length); shipped to the tasks, which copy rows into chunk buffers.
 */
final class RowLayout implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How one representation is stored. */
  enum Kind { ARRAY, VECTOR, SCALARS }

  private final Kind[] kinds;
  private final int[][] indices;
  private final String[][] names;
  private final int[] widths;

  private RowLayout(Kind[] kinds, int[][] indices, String[][] names, int[] widths) {
    this.kinds = kinds;
    this.indices = indices;
    this.names = names;
    this.widths = widths;
  }

  /**
   * The layout of the named columns of {@code data}.
   *
   * @throws InvalidInputException for an unknown column, a non-numeric one, an array or
   *     vector column mixed with others, or a dataset without rows
   */
  static RowLayout of(Dataset<Row> data, List<List<String>> representations) {
    StructType schema = data.schema();
    int sides = representations.size();
    Kind[] kinds = new Kind[sides];
    int[][] indices = new int[sides][];
    String[][] names = new String[sides][];
    for (int s = 0; s < sides; s++) {
      List<String> columns = representations.get(s);
      if (columns.isEmpty()) {
        throw new InvalidInputException("representation " + s + " names no column");
      }
      names[s] = columns.toArray(new String[0]);
      indices[s] = new int[columns.size()];
      for (int c = 0; c < columns.size(); c++) {
        indices[s][c] = fieldIndex(schema, columns.get(c));
      }
      kinds[s] = kindOf(schema, names[s], indices[s]);
    }
    return new RowLayout(kinds, indices, names, widths(data, kinds, indices, names));
  }

  /** Neurons of each representation. */
  int[] widths() {
    return widths.clone();
  }

  /**
   * Copies one row's neurons into row {@code r} of each representation's chunk buffer.
   *
   * @throws InvalidInputException for a null value or an array of the wrong length
   */
  void extract(Row row, double[][] buffers, int r) {
    for (int s = 0; s < kinds.length; s++) {
      int base = r * widths[s];
      switch (kinds[s]) {
        case ARRAY -> copyArray(row, s, buffers[s], base);
        case VECTOR -> copyVector(row, s, buffers[s], base);
        default -> copyScalars(row, s, buffers[s], base);
      }
    }
  }

  private void copyArray(Row row, int s, double[] out, int base) {
    int index = indices[s][0];
    requireValue(row, s, index, names[s][0]);
    List<Object> values = row.getList(index);
    requireLength(s, values.size());
    for (int j = 0; j < values.size(); j++) {
      Object v = values.get(j);
      if (v == null) {
        throw new InvalidInputException("column " + names[s][0] + ": null at neuron " + j
            + " of a datapoint");
      }
      out[base + j] = ((Number) v).doubleValue();
    }
  }

  private void copyVector(Row row, int s, double[] out, int base) {
    int index = indices[s][0];
    requireValue(row, s, index, names[s][0]);
    Vector vector = (Vector) row.get(index);
    requireLength(s, vector.size());
    for (int j = 0; j < vector.size(); j++) {
      out[base + j] = vector.apply(j);
    }
  }

  private void copyScalars(Row row, int s, double[] out, int base) {
    for (int c = 0; c < indices[s].length; c++) {
      requireValue(row, s, indices[s][c], names[s][c]);
      out[base + c] = ((Number) row.get(indices[s][c])).doubleValue();
    }
  }

  private static void requireValue(Row row, int s, int index, String name) {
    if (row.isNullAt(index)) {
      throw new InvalidInputException("column " + name + " is null at a datapoint; every "
          + "datapoint needs every neuron");
    }
  }

  private void requireLength(int s, int length) {
    if (length != widths[s]) {
      throw new InvalidInputException("column " + names[s][0] + ": a datapoint has "
          + length + " values, the first had " + widths[s]);
    }
  }

  private static int fieldIndex(StructType schema, String column) {
    try {
      return schema.fieldIndex(column);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("no column '" + column + "'; the dataset has "
          + Arrays.toString(schema.fieldNames()), e);
    }
  }

  private static Kind kindOf(StructType schema, String[] names, int[] indices) {
    StructField first = schema.fields()[indices[0]];
    DataType type = first.dataType();
    boolean array = type instanceof ArrayType
        && ((ArrayType) type).elementType() instanceof NumericType;
    boolean vector = type instanceof VectorUDT;
    if ((array || vector) && names.length > 1) {
      throw new InvalidInputException("column " + names[0] + " holds whole datapoints ("
          + type.simpleString() + "); name it alone, not with " + names[1]);
    }
    if (array || vector) {
      return array ? Kind.ARRAY : Kind.VECTOR;
    }
    for (int c = 0; c < names.length; c++) {
      DataType t = schema.fields()[indices[c]].dataType();
      if (!(t instanceof NumericType)) {
        throw new InvalidInputException("column " + names[c] + " is " + t.simpleString()
            + "; a neuron column must be numeric, and a datapoint column an array of numbers "
            + "or an ML vector");
      }
    }
    return Kind.SCALARS;
  }

  /** Widths: the column count for scalars, the first row's length for arrays and vectors. */
  private static int[] widths(Dataset<Row> data, Kind[] kinds, int[][] indices,
      String[][] names) {
    int[] widths = new int[kinds.length];
    boolean needFirst = false;
    for (int s = 0; s < kinds.length; s++) {
      widths[s] = indices[s].length;
      needFirst |= kinds[s] != Kind.SCALARS;
    }
    if (!needFirst) {
      return widths;
    }
    List<Row> first = data.takeAsList(1);
    if (first.isEmpty()) {
      throw new InvalidInputException("the dataset has no rows");
    }
    Row row = first.get(0);
    for (int s = 0; s < kinds.length; s++) {
      if (kinds[s] == Kind.SCALARS) {
        continue;
      }
      requireValue(row, s, indices[s][0], names[s][0]);
      widths[s] = kinds[s] == Kind.ARRAY ? row.getList(indices[s][0]).size()
          : ((Vector) row.get(indices[s][0])).size();
      if (widths[s] == 0) {
        throw new InvalidInputException("column " + names[s][0] + " holds empty datapoints");
      }
    }
    return widths;
  }
}
