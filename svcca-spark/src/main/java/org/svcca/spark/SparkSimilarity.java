package org.svcca.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.SparkException;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.svcca.Backends;
import org.svcca.Comparison;
import org.svcca.InvalidInputException;
import org.svcca.Measure;
import org.svcca.Similarity;
import org.svcca.SimilarityOptions;
import org.svcca.io.NpyRowReader;
import org.svcca.spi.LinearAlgebra;
import org.svcca.spi.Matrix;
import org.svcca.stream.MomentAccumulator;

/**
 * Similarity measures over a Spark {@link Dataset} of datapoints: each partition streams its
 * rows through a {@link MomentAccumulator}, the partial statistics merge up a tree
 * ({@code treeAggregate}), and the driver finishes every measure through the selected backend.
 *
 * <p>One pass over the data. Each task holds the {@code D x D} co-moment of the joined
 * representations ({@code D} neurons in all) and one chunk of rows; the driver receives one
 * such matrix per tree level and does the {@code O(D^3)} decompositions. The numbers are those
 * of {@link Similarity#compareMoments}: the covariance path.
 *
 * <pre>{@code
 * Dataset<Row> acts = spark.read().parquet("activations.parquet");
 * Comparison c = SparkSimilarity.withDefaultBackend().compare(acts, List.of("layer3"),
 *     List.of("layer4"), List.of(Measure.SVCCA, Measure.CKA), SimilarityOptions.defaults());
 * }</pre>
 *
 * <p>A representation is named by columns: one array column ({@code array<double>},
 * {@code array<float>} or any numeric element type) or one ML vector column, whose elements
 * are the neurons, or several numeric columns, one neuron each. Instances are immutable and
 * serializable.
 */
public final class SparkSimilarity implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Rows per chunk inside a task when nothing else is said: a few MiB for common widths. */
  static final int DEFAULT_CHUNK_ROWS = 4096;

  /** Tasks per core for shards: enough to even out uneven shards and slow machines. */
  static final int TASKS_PER_CORE = 4;

  /** Tree depth of the aggregation: two levels keep the driver's inbox to a few matrices. */
  static final int TREE_DEPTH = 2;

  private final String backendId;
  private final int chunkRows;

  private SparkSimilarity(String backendId, int chunkRows) {
    this.backendId = backendId;
    this.chunkRows = chunkRows;
  }

  /** On the backend that selection picks on each machine (property, environment, priority). */
  public static SparkSimilarity withDefaultBackend() {
    return new SparkSimilarity(null, DEFAULT_CHUNK_ROWS);
  }

  /**
   * On the backend with this id, on the driver and on every executor.
   *
   * @throws org.svcca.BackendSelectionException on the driver if it is unknown or unavailable
   */
  public static SparkSimilarity withBackend(String id) {
    Objects.requireNonNull(id, "id");
    Backends.discover().select(id);
    return new SparkSimilarity(id, DEFAULT_CHUNK_ROWS);
  }

  /** The same, with chunks of this many rows inside a task (at least 1). */
  public SparkSimilarity withChunkRows(int rows) {
    if (rows < 1) {
      throw new InvalidInputException("chunk rows must be at least 1, got " + rows);
    }
    return new SparkSimilarity(backendId, rows);
  }

  /**
   * The requested measures between two representations held as columns of one dataset.
   *
   * @param data one row per datapoint
   * @param columnsA the first representation: one array or vector column, or numeric columns
   * @param columnsB the second, likewise
   * @throws InvalidInputException for unknown or non-numeric columns, null or non-finite
   *     values, arrays of differing lengths, fewer than 2 rows, or as
   *     {@link Similarity#compareMoments} does
   */
  public Comparison compare(Dataset<Row> data, List<String> columnsA, List<String> columnsB,
      Collection<Measure> measures, SimilarityOptions options) {
    MomentAccumulator moments = moments(data, List.of(columnsA, columnsB));
    return moments.compare(new Similarity(driverBackend()), measures, options);
  }

  /**
   * The statistics of several representations in one pass, for many comparisons: pair
   * {@code (s, t)} is {@code moments.compare(similarity, s, t, measures, options)}.
   *
   * @param representations the columns of each representation, as {@link #compare} takes them
   */
  public MomentAccumulator moments(Dataset<Row> data, List<List<String>> representations) {
    RowLayout layout = RowLayout.of(data, representations);
    JavaRDD<MomentAccumulator> partials = data.javaRDD()
        .mapPartitions(new RowPartition(layout, backendId, chunkRows));
    return aggregate(partials, layout.widths());
  }

  /**
   * The requested measures between two representations stored as row-aligned {@code .npy}
   * shards: a file, a directory of {@code *.npy} files or a glob each, concatenated in
   * natural name order. The shard boundaries of the two need not match.
   *
   * @param neuronsFirst whether the shards store neurons as rows
   * @throws InvalidInputException for missing, malformed or non-finite shards, shards of
   *     differing neurons within a representation, or differing datapoints between them
   */
  public Comparison compareNpy(JavaSparkContext spark, String a, String b,
      boolean neuronsFirst, Collection<Measure> measures, SimilarityOptions options) {
    MomentAccumulator moments = npyMoments(spark, List.of(a, b), neuronsFirst);
    return moments.compare(new Similarity(driverBackend()), measures, options);
  }

  /**
   * The statistics of several representations stored as {@code .npy} shards, in one pass.
   * Tasks are cut at every shard boundary and evenly in between, about four per core.
   */
  public MomentAccumulator npyMoments(JavaSparkContext spark, List<String> specs,
      boolean neuronsFirst) {
    List<List<String>> shards = new ArrayList<>();
    for (String spec : specs) {
      shards.add(NpyShards.files(spec));
    }
    int[] widths = new int[specs.size()];
    List<NpyShards.Split> splits = NpyShards.plan(shards, neuronsFirst,
        TASKS_PER_CORE * spark.defaultParallelism(), widths);
    JavaRDD<MomentAccumulator> partials = spark.parallelize(splits, splits.size())
        .mapPartitions(new NpyPartition(neuronsFirst, backendId, chunkRows));
    return aggregate(partials, widths);
  }

  /**
   * Merges per-partition statistics up a tree into one accumulator on the driver, turning a
   * task's bad-input failure back into the {@link InvalidInputException} it was.
   */
  static MomentAccumulator aggregate(JavaRDD<MomentAccumulator> partials, int[] widths) {
    try {
      return partials.treeAggregate(new MomentAccumulator(widths), MomentAccumulator::merge,
          MomentAccumulator::merge, TREE_DEPTH);
    } catch (Exception e) {
      // Scala code throws SparkException, a checked exception, undeclared.
      throw badInputIn(e);
    }
  }

  /** The backend that finishes comparisons on the driver. */
  LinearAlgebra driverBackend() {
    return Backends.discover().select(backendId);
  }

  /**
   * The bad-input exception a task threw, if that is what failed; else the failure itself,
   * unchecked.
   */
  static RuntimeException badInputIn(Exception failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof InvalidInputException) {
        return (InvalidInputException) t;
      }
      if (t instanceof SparkException && t.getMessage() != null
          && t.getMessage().contains(InvalidInputException.class.getName() + ": ")) {
        // A task's exception can arrive as text only, when it could not be deserialized.
        String message = t.getMessage();
        int start = message.indexOf(InvalidInputException.class.getName() + ": ")
            + InvalidInputException.class.getName().length() + 2;
        return new InvalidInputException(message.substring(start).lines().findFirst()
            .orElse(message), failure);
      }
    }
    return failure instanceof RuntimeException ? (RuntimeException) failure
        : new IllegalStateException("the Spark job failed: " + failure.getMessage(), failure);
  }

  /** Reads each split's ranges of the shards into one accumulator per partition. */
  private static final class NpyPartition
      implements FlatMapFunction<Iterator<NpyShards.Split>, MomentAccumulator> {

    private static final long serialVersionUID = 1L;

    private final boolean neuronsFirst;
    private final String backendId;
    private final int chunkRows;

    NpyPartition(boolean neuronsFirst, String backendId, int chunkRows) {
      this.neuronsFirst = neuronsFirst;
      this.backendId = backendId;
      this.chunkRows = chunkRows;
    }

    @Override
    public Iterator<MomentAccumulator> call(Iterator<NpyShards.Split> splits) {
      LinearAlgebra la = ExecutorBackends.get(backendId);
      MomentAccumulator moments = null;
      while (splits.hasNext()) {
        MomentAccumulator part = read(la, splits.next());
        moments = moments == null ? part : moments.merge(part);
      }
      return moments == null ? List.<MomentAccumulator>of().iterator()
          : List.of(moments).iterator();
    }

    private MomentAccumulator read(LinearAlgebra la, NpyShards.Split split) {
      List<NpyRowReader> readers = new ArrayList<>();
      try {
        for (int s = 0; s < split.files().length; s++) {
          NpyRowReader reader = NpyRowReader.open(split.files()[s], neuronsFirst);
          readers.add(reader);
          reader.skip(split.starts()[s]);
        }
        int[] widths = readers.stream().mapToInt(NpyRowReader::neurons).toArray();
        MomentAccumulator moments = new MomentAccumulator(widths);
        Matrix[] chunks = new Matrix[readers.size()];
        for (int done = 0; done < split.rows(); done += chunks[0].rows()) {
          int rows = Math.min(chunkRows, split.rows() - done);
          for (int s = 0; s < chunks.length; s++) {
            chunks[s] = readers.get(s).read(rows);
          }
          moments.add(la, chunks);
        }
        return moments;
      } finally {
        readers.forEach(NpyRowReader::close);
      }
    }
  }

  /** Streams one partition's rows into an accumulator, in chunks of rows. */
  private static final class RowPartition
      implements FlatMapFunction<Iterator<Row>, MomentAccumulator> {

    private static final long serialVersionUID = 1L;

    private final RowLayout layout;
    private final String backendId;
    private final int chunkRows;

    RowPartition(RowLayout layout, String backendId, int chunkRows) {
      this.layout = layout;
      this.backendId = backendId;
      this.chunkRows = chunkRows;
    }

    @Override
    public Iterator<MomentAccumulator> call(Iterator<Row> rows) {
      LinearAlgebra la = ExecutorBackends.get(backendId);
      int[] widths = layout.widths();
      MomentAccumulator moments = new MomentAccumulator(widths);
      double[][] buffers = new double[widths.length][];
      for (int s = 0; s < widths.length; s++) {
        buffers[s] = new double[chunkRows * widths[s]];
      }

      // Fill a chunk of rows per representation, add it, and start the next.
      int filled = 0;
      while (rows.hasNext()) {
        layout.extract(rows.next(), buffers, filled);
        filled++;
        if (filled == chunkRows) {
          moments.add(la, chunks(buffers, widths, filled));
          filled = 0;
        }
      }
      if (filled > 0) {
        moments.add(la, chunks(buffers, widths, filled));
      }
      List<MomentAccumulator> out = new ArrayList<>(1);
      if (moments.count() > 0) {
        out.add(moments);
      }
      return out.iterator();
    }

    private static Matrix[] chunks(double[][] buffers, int[] widths, int rows) {
      Matrix[] out = new Matrix[widths.length];
      for (int s = 0; s < widths.length; s++) {
        double[] data = rows * widths[s] == buffers[s].length ? buffers[s]
            : Arrays.copyOf(buffers[s], rows * widths[s]);
        out[s] = Matrix.wrap(rows, widths[s], data);
      }
      return out;
    }
  }
}
