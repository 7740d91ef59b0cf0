package org.svcca.bench;

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
import org.svcca.spi.LinearAlgebra;
import org.svcca.spi.Matrix;
import org.svcca.spi.SvdParts;
import org.svcca.spi.ThinQr;
import org.svcca.spi.ThinSvd;
import org.svcca.spi.Transpose;

/**
 * The SPI operations on tall n x d matrices, as the algorithms call them: the Gram matrix
 * {@code X^T X} (n d^2 flops with a symmetric update), the cross product {@code X^T Y}
 * (2 n d^2), thin QR and thin SVD with U and V. GFLOP/s follow from the flop counts above
 * and the reported seconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class LinearAlgebraBenchmark {

  // jblas's bundled OpenBLAS needs OPENBLAS_CORETYPE (for example Haswell) in the
  // environment of the java command that starts JMH; forks inherit it.

  @Param({"ejml", "jblas", "netlib", "nd4j"})
  public String backend;

  @Param({"5000x250", "20000x500"})
  public String shape;

  private LinearAlgebra la;
  private Matrix x;
  private Matrix y;

  @Setup(Level.Trial)
  public void prepare() {
    la = Shapes.backend(backend);
    x = Shapes.gaussian(Shapes.rows(shape), Shapes.cols(shape), 1L);
    y = Shapes.gaussian(Shapes.rows(shape), Shapes.cols(shape), 2L);
  }

  @Benchmark
  public Matrix gram() {
    return la.gram(x);
  }

  @Benchmark
  public Matrix crossProduct() {
    return la.multiply(x, Transpose.YES, y, Transpose.NO);
  }

  @Benchmark
  public ThinQr thinQr() {
    return la.qr(x);
  }

  @Benchmark
  public ThinSvd thinSvdWithFactors() {
    return la.svd(x, SvdParts.BOTH);
  }
}
