package org.svcca.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.svcca.Comparison;
import org.svcca.ComputationPath;
import org.svcca.Measure;
import org.svcca.Similarity;
import org.svcca.SimilarityOptions;
import org.svcca.spi.Matrix;

/** Whole comparisons of two related layers, per backend, path, measure and size. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class SimilarityBenchmark {

  @Param({"ejml", "jblas", "netlib", "nd4j"})
  public String backend;

  @Param({"direct", "covariance"})
  public String path;

  @Param({"svcca", "cca", "pwcca", "cka"})
  public String measure;

  @Param({"5000x250", "20000x500"})
  public String shape;

  private Similarity similarity;
  private Matrix[] layers;
  private SimilarityOptions options;
  private List<Measure> measures;

  @Setup(Level.Trial)
  public void prepare() {
    similarity = new Similarity(Shapes.backend(backend));
    layers = Shapes.relatedLayers(Shapes.rows(shape), Shapes.cols(shape), 3L);
    options = SimilarityOptions.builder().path(ComputationPath.parse(path)).build();
    measures = List.of(Measure.parse(measure));
  }

  @Benchmark
  public Comparison compare() {
    return similarity.compare(layers[0], layers[1], measures, options);
  }
}
