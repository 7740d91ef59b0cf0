package org.svcca.backend.nd4j;

import org.svcca.spi.Availability;
import org.svcca.spi.BackendKind;
import org.svcca.spi.LinearAlgebra;
import org.svcca.spi.LinearAlgebraProvider;

/**
 * The ND4J backend's entry for {@link java.util.ServiceLoader}: id {@code nd4j}, native code
 * on the CPU (kind NATIVE, priority {@value #NATIVE_PRIORITY}) or on a GPU under ND4J's CUDA
 * runtime (kind GPU, priority {@value #GPU_PRIORITY}).
 *
 * <p>{@link #availability()} starts ND4J, once per JVM, loading its native libraries; a
 * failure of any kind makes the backend unavailable with the reason and what to ship instead.
 * {@link #kind()}, {@link #priority()} and {@link #library()} describe the runtime that
 * started, so they start ND4J too when nothing has yet.
 */
public final class Nd4jProvider implements LinearAlgebraProvider {

  /** The id users select this backend by. */
  public static final String ID = "nd4j";

  /**
   * Above the pure-Java backends (100). On one Zen 3 core ND4J's GEMM (OpenBLAS) runs at
   * about 31 GFLOP/s against EJML's 2.4, and its thin QR and SVD of 20000 x 500 take a tenth
   * of EJML's time; other native backends with a faster BLAS may rank above it.
   */
  static final int NATIVE_PRIORITY = 150;

  /**
   * Above every CPU backend (the fastest, netlib, has 300): a GPU runtime is only deployed
   * where a GPU is meant to be used.
   */
  static final int GPU_PRIORITY = 400;

  /** Called by {@link java.util.ServiceLoader}; does no work. */
  public Nd4jProvider() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String library() {
    return Nd4jRuntime.get().library();
  }

  @Override
  public BackendKind kind() {
    return Nd4jRuntime.get().kind();
  }

  @Override
  public int priority() {
    // From the runtime shipped, without starting ND4J: selection ranks backends before it
    // asks any of them to load, so a higher-ranked backend never pays ND4J's start.
    return Nd4jRuntime.shippedKind() == BackendKind.GPU ? GPU_PRIORITY : NATIVE_PRIORITY;
  }

  @Override
  public Availability availability() {
    return Nd4jRuntime.get().availability();
  }

  /**
   * A ready instance; instances are cheap, since ND4J itself is started once per JVM.
   *
   * @throws IllegalStateException if ND4J did not start, with the reason
   */
  @Override
  public LinearAlgebra create() {
    Availability availability = availability();
    if (!availability.available()) {
      throw new IllegalStateException("the nd4j backend is not available: "
          + availability.reason());
    }
    return new Nd4jBackend();
  }
}
