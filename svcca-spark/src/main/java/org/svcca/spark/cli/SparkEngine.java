package org.svcca.spark.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.svcca.Comparison;
import org.svcca.ComputationPath;
import org.svcca.InvalidInputException;
import org.svcca.cli.CompareRequest;
import org.svcca.cli.Engine;
import org.svcca.spark.SparkSimilarity;

/**
 * {@code svcca compare A B --engine spark}: the comparison as Spark tasks, found by the
 * command line through {@code META-INF/services/org.svcca.cli.Engine} in
 * {@code svcca-spark.jar}.
 *
 * <p>A and B are {@code .npy} shards (a file, a directory or a glob each, row-aligned), or two
 * columns of one Parquet dataset written {@code data.parquet:column} (one array or vector
 * column, or comma-separated numeric columns). The master is {@code --master}, else the one
 * {@code spark-submit} set, else {@code local[*]}. A Spark session already running in this
 * JVM is used and left running; one started here is stopped when the comparison ends.
 */
public final class SparkEngine implements Engine {

  private static final String PARQUET = ".parquet";

  @Override
  public String id() {
    return "spark";
  }

  @Override
  public Comparison compare(CompareRequest request) {
    if (request.streaming() == CompareRequest.Streaming.OFF
        && request.options().path() == ComputationPath.DIRECT) {
      throw new InvalidInputException("--engine spark computes from second moments (the "
          + "covariance path); it cannot be combined with --path direct");
    }
    boolean started = SparkSession.getActiveSession().isEmpty()
        && SparkSession.getDefaultSession().isEmpty();
    SparkSession session = session(request);
    try {
      SparkSimilarity similarity = SparkSimilarity.withBackend(request.backend().id());
      if (isParquet(request.fileA()) || isParquet(request.fileB())) {
        return compareParquet(session, similarity, request);
      }
      return similarity.compareNpy(JavaSparkContext.fromSparkContext(session.sparkContext()),
          request.fileA(), request.fileB(), request.neuronsFirst(), request.measures(),
          request.options());
    } finally {
      if (started) {
        session.stop();
      }
    }
  }

  private static SparkSession session(CompareRequest request) {
    SparkConf conf = new SparkConf().setAppName("svcca compare");
    if (request.master().isPresent()) {
      conf.setMaster(request.master().get());
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    return SparkSession.builder().config(conf).getOrCreate();
  }

  /** Both sides are columns of one Parquet dataset, so that their rows pair up. */
  private static Comparison compareParquet(SparkSession session, SparkSimilarity similarity,
      CompareRequest request) {
    String[] a = parquetSpec(request.fileA());
    String[] b = parquetSpec(request.fileB());
    if (!a[0].equals(b[0])) {
      throw new InvalidInputException("Parquet inputs must be two columns of one dataset, "
          + "so that their rows pair up; got " + a[0] + " and " + b[0]);
    }
    Dataset<Row> data = session.read().parquet(a[0]);
    return similarity.compare(data, columns(a[1]), columns(b[1]), request.measures(),
        request.options());
  }

  private static boolean isParquet(String spec) {
    int colon = spec.lastIndexOf(':');
    String path = colon < 0 ? spec : spec.substring(0, colon);
    return path.toLowerCase(Locale.ROOT).endsWith(PARQUET);
  }

  /** {@code data.parquet:col} as path and column list. */
  private static String[] parquetSpec(String spec) {
    int colon = spec.lastIndexOf(':');
    if (!isParquet(spec) || colon < 0 || colon == spec.length() - 1) {
      throw new InvalidInputException(spec + ": name a Parquet input as data.parquet:column "
          + "(an array or vector column, or comma-separated numeric columns)");
    }
    return new String[] {spec.substring(0, colon), spec.substring(colon + 1)};
  }

  private static List<String> columns(String list) {
    return Arrays.stream(list.split(",")).map(String::trim).filter(c -> !c.isEmpty())
        .toList();
  }
}
