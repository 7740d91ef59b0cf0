package org.svcca.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.ml.linalg.VectorUDT;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.svcca.Comparison;
import org.svcca.ComputationPath;
import org.svcca.InvalidInputException;
import org.svcca.Measure;
import org.svcca.Similarity;
import org.svcca.SimilarityOptions;
import org.svcca.conformance.KnownAnswers;
import org.svcca.conformance.SyntheticLayers;
import org.svcca.io.ActivationFiles;
import org.svcca.spi.Matrix;
import org.svcca.stream.MomentAccumulator;

/**
 * The Spark engine's Java API on {@code local[2]}: the local engine's numbers on every bundled
 * known answer, whatever the partitioning, from array, vector and scalar columns.
 */
class SparkSimilarityTest {

  /**
   * Spark and the local engine add the same moments in another order; similarities agree as
   * the two in-memory paths do.
   */
  private static final double AGREEMENT_TOLERANCE = 1e-9;

  /** Different partitionings of the same rows: merged moments differ by rounding only. */
  private static final double PARTITIONING_TOLERANCE = 1e-12;

  /** Every measure that second moments determine (not those needing the datapoints). */
  private static final List<Measure> ALL = java.util.Arrays.stream(Measure.values())
      .filter(m -> !m.needsDatapoints()).collect(java.util.stream.Collectors.toList());

  private static SparkSession spark;

  @TempDir
  static Path scratch;

  @BeforeAll
  static void startSpark() {
    spark = SparkSession.builder().master("local[2]").appName("SparkSimilarityTest")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @TestFactory
  Stream<DynamicTest> everyBundledKnownAnswerMatchesTheLocalEngine() {
    List<DynamicTest> tests = new ArrayList<>();
    KnownAnswers answers = KnownAnswers.load();
    for (KnownAnswers.Case c : answers.cases()) {
      if (c.bundled()) {
        tests.add(DynamicTest.dynamicTest(c.name(), () -> checkKnownAnswer(answers, c)));
      }
    }
    return tests.stream();
  }

  @Test
  void partitioningAndMergeOrderDoNotChangeTheMoments() {
    Matrix[] layers = related(31L, 900, 9, 7);
    Dataset<Row> rows = arrays(layers[0], layers[1]);
    // Uneven partitions: 1 row, 2 rows, then the rest split unevenly.
    Dataset<Row> uneven = rows.limit(1).union(rows.offset(1).limit(2))
        .union(rows.offset(3).limit(500).repartition(3)).union(rows.offset(503));
    SparkSimilarity similarity = SparkSimilarity.withDefaultBackend().withChunkRows(64);

    MomentAccumulator one = moments(similarity, rows.coalesce(1));
    MomentAccumulator seven = moments(similarity, rows.repartition(7));
    MomentAccumulator skewed = moments(similarity, uneven);
    MomentAccumulator local = new MomentAccumulator(9, 7)
        .add(similarity.driverBackend(), layers[0], layers[1]);

    assertTrue(uneven.javaRDD().getNumPartitions() >= 4);
    for (MomentAccumulator other : List.of(seven, skewed, local)) {
      assertEquals(900, other.count());
      assertClose(one.moments(0, 1), other.moments(0, 1));
      assertClose(one.moments(0, 0), other.moments(0, 0));
      assertClose(one.moments(1, 1), other.moments(1, 1));
    }
  }

  @Test
  void arrayVectorAndScalarColumnsGiveTheSameAnswerAndUnrelatedDataALowerOne() {
    Matrix[] layers = related(32L, 400, 5, 3);
    // B's values are floats, so that a float column holds exactly what the arrays hold.
    layers[1] = roundedToFloat(layers[1]);
    Matrix unrelated = new SyntheticLayers(99L).gaussian(400, 3);
    SparkSimilarity similarity = SparkSimilarity.withDefaultBackend();
    SimilarityOptions options = SimilarityOptions.builder().dims(3).build();

    Comparison fromArrays = similarity.compare(arrays(layers[0], layers[1]), List.of("a"),
        List.of("b"), ALL, options);
    Comparison fromVectors = similarity.compare(vectors(layers[0], layers[1]), List.of("a"),
        List.of("b"), ALL, options);
    Comparison fromScalars = similarity.compare(scalars(layers[0], layers[1]),
        List.of("a0", "a1", "a2", "a3", "a4"), List.of("b0", "b1", "b2"), ALL, options);
    Comparison fromUnrelated = similarity.compare(arrays(layers[0], unrelated), List.of("a"),
        List.of("b"), ALL, options);

    for (Measure m : ALL) {
      double expected = fromArrays.result(m).similarity();
      assertEquals(expected, fromVectors.result(m).similarity(), AGREEMENT_TOLERANCE);
      assertEquals(expected, fromScalars.result(m).similarity(), AGREEMENT_TOLERANCE);
    }
    assertTrue(fromArrays.result(Measure.SVCCA).similarity()
        > fromUnrelated.result(Measure.SVCCA).similarity() + 0.5);
  }

  @Test
  void manyRepresentationsInOnePassGiveEachPairsAnswer() {
    Matrix[] layers = related(33L, 300, 6, 4);
    Matrix third = new SyntheticLayers(7L).gaussian(300, 5);
    Dataset<Row> data = arrays(layers[0], layers[1], third);

    MomentAccumulator joint = SparkSimilarity.withDefaultBackend().moments(data,
        List.of(List.of("a"), List.of("b"), List.of("c")));

    Similarity local = new Similarity(SparkSimilarity.withDefaultBackend().driverBackend());
    SimilarityOptions covariance = SimilarityOptions.builder()
        .path(ComputationPath.COVARIANCE).build();
    Matrix[] sides = {layers[0], layers[1], third};
    for (int[] pair : new int[][] {{0, 1}, {0, 2}, {1, 2}}) {
      double expected = local.compare(sides[pair[0]], sides[pair[1]], ALL, covariance)
          .result(Measure.CKA).similarity();
      double actual = joint.compare(local, pair[0], pair[1], ALL,
          SimilarityOptions.defaults()).result(Measure.CKA).similarity();
      assertEquals(expected, actual, AGREEMENT_TOLERANCE);
    }
  }

  @Test
  void badRowsAreReportedAsBadInput() {
    StructType schema = new StructType(new StructField[] {
        DataTypes.createStructField("a", DataTypes.createArrayType(DataTypes.DoubleType),
            true),
        DataTypes.createStructField("b", DataTypes.StringType, true)});
    Dataset<Row> ragged = spark.createDataFrame(List.of(
        RowFactory.create(List.of(1.0, 2.0).toArray(), "x"),
        RowFactory.create(List.of(1.0).toArray(), "y")), schema);
    Dataset<Row> withNan = arrays(
        Matrix.ofRows(new double[] {1, 2}, new double[] {3, Double.NaN}, new double[] {0, 1}),
        Matrix.ofRows(new double[] {1}, new double[] {2}, new double[] {4}));
    SparkSimilarity similarity = SparkSimilarity.withDefaultBackend();

    InvalidInputException text = assertThrows(InvalidInputException.class,
        () -> similarity.compare(ragged, List.of("a"), List.of("b"), ALL,
            SimilarityOptions.defaults()));
    InvalidInputException unknown = assertThrows(InvalidInputException.class,
        () -> similarity.compare(ragged, List.of("a"), List.of("zz"), ALL,
            SimilarityOptions.defaults()));
    InvalidInputException lengths = assertThrows(InvalidInputException.class,
        () -> similarity.compare(ragged, List.of("a"), List.of("a"), ALL,
            SimilarityOptions.defaults()));
    InvalidInputException nan = assertThrows(InvalidInputException.class,
        () -> similarity.compare(withNan.coalesce(1), List.of("a"), List.of("b"), ALL,
            SimilarityOptions.defaults()));

    assertTrue(text.getMessage().contains("column b is string"), text.getMessage());
    assertTrue(unknown.getMessage().contains("no column 'zz'"), unknown.getMessage());
    assertTrue(lengths.getMessage().contains("a datapoint has 1 values, the first had 2"),
        lengths.getMessage());
    assertTrue(nan.getMessage().contains("A: NaN at datapoint 1, neuron 1"), nan.getMessage());
  }

  private void checkKnownAnswer(KnownAnswers answers, KnownAnswers.Case c) {
    Path dir = scratch.resolve(c.name());
    Matrix a = ActivationFiles.read(c.input("a", dir).orElseThrow().toString(), false);
    Matrix b = ActivationFiles.read(c.input("b", dir).orElseThrow().toString(), false);
    SparkSimilarity similarity = SparkSimilarity.withDefaultBackend().withChunkRows(97);
    Similarity local = new Similarity(similarity.driverBackend());
    SimilarityOptions covariance = SimilarityOptions.builder()
        .path(ComputationPath.COVARIANCE).build();

    Comparison distributed = similarity.compare(arrays(a, b).repartition(3), List.of("a"),
        List.of("b"), ALL, SimilarityOptions.defaults());
    Comparison inMemory = local.compare(a, b, ALL, covariance);
    Comparison direct = local.compare(a, b, ALL, SimilarityOptions.defaults());

    for (Measure m : ALL) {
      double value = distributed.result(m).similarity();
      assertEquals(inMemory.result(m).similarity(), value, AGREEMENT_TOLERANCE, m.label());
      assertEquals(direct.result(m).similarity(), value, AGREEMENT_TOLERANCE, m.label());
      assertEquals(inMemory.result(m).dimsA(), distributed.result(m).dimsA(), m.label());
    }
    String svccaKey = "svcca keep 0.99 by variance";
    assertEquals(c.expected().get(svccaKey).path("similarity").asDouble(),
        distributed.result(Measure.SVCCA).similarity(), answers.similarityTolerance());
  }

  private static MomentAccumulator moments(SparkSimilarity similarity, Dataset<Row> data) {
    return similarity.moments(data, List.of(List.of("a"), List.of("b")));
  }

  private static Matrix[] related(long seed, int rows, int da, int db) {
    SyntheticLayers layers = new SyntheticLayers(seed);
    Matrix latent = layers.gaussian(rows, 3);
    return new Matrix[] {layers.view(latent, da, 0.3), layers.view(latent, db, 0.3)};
  }

  /** One array column per matrix, named a, b, c, ... */
  static Dataset<Row> arrays(Matrix... sides) {
    StructField[] fields = new StructField[sides.length];
    for (int s = 0; s < sides.length; s++) {
      fields[s] = DataTypes.createStructField(String.valueOf((char) ('a' + s)),
          DataTypes.createArrayType(DataTypes.DoubleType, false), false);
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < sides[0].rows(); i++) {
      Object[] values = new Object[sides.length];
      for (int s = 0; s < sides.length; s++) {
        values[s] = row(sides[s], i);
      }
      rows.add(RowFactory.create(values));
    }
    return spark.createDataFrame(rows, new StructType(fields));
  }

  private static Dataset<Row> vectors(Matrix a, Matrix b) {
    StructType schema = new StructType(new StructField[] {
        DataTypes.createStructField("a", new VectorUDT(), false),
        DataTypes.createStructField("b", new VectorUDT(), false)});
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < a.rows(); i++) {
      rows.add(RowFactory.create(Vectors.dense(toPrimitive(row(a, i))),
          Vectors.dense(toPrimitive(row(b, i)))));
    }
    return spark.createDataFrame(rows, schema);
  }

  private static Dataset<Row> scalars(Matrix a, Matrix b) {
    List<StructField> fields = new ArrayList<>();
    for (int j = 0; j < a.cols(); j++) {
      fields.add(DataTypes.createStructField("a" + j, DataTypes.DoubleType, false));
    }
    for (int j = 0; j < b.cols(); j++) {
      fields.add(DataTypes.createStructField("b" + j, DataTypes.FloatType, false));
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < a.rows(); i++) {
      Object[] values = new Object[a.cols() + b.cols()];
      for (int j = 0; j < a.cols(); j++) {
        values[j] = a.get(i, j);
      }
      for (int j = 0; j < b.cols(); j++) {
        values[a.cols() + j] = (float) b.get(i, j);
      }
      rows.add(RowFactory.create(values));
    }
    return spark.createDataFrame(rows, new StructType(fields.toArray(new StructField[0])));
  }

  private static Matrix roundedToFloat(Matrix x) {
    Matrix out = x.copy();
    for (int k = 0; k < out.data().length; k++) {
      out.data()[k] = (float) out.data()[k];
    }
    return out;
  }

  private static Double[] row(Matrix x, int i) {
    Double[] out = new Double[x.cols()];
    for (int j = 0; j < out.length; j++) {
      out[j] = x.get(i, j);
    }
    return out;
  }

  private static double[] toPrimitive(Double[] values) {
    double[] out = new double[values.length];
    for (int j = 0; j < out.length; j++) {
      out[j] = values[j];
    }
    return out;
  }

  private static void assertClose(Matrix expected, Matrix actual) {
    double scale = 0.0;
    double diff = 0.0;
    for (int k = 0; k < expected.data().length; k++) {
      scale = Math.max(scale, Math.abs(expected.data()[k]));
      diff = Math.max(diff, Math.abs(expected.data()[k] - actual.data()[k]));
    }
    assertTrue(diff <= PARTITIONING_TOLERANCE * scale, "difference " + diff + " at scale "
        + scale);
  }
}
