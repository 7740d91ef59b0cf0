package org.svcca.spi;

/** How a backend computes: what a deployment must ship for it. */
public enum BackendKind {
  /** Java bytecode only; runs wherever the JVM runs. */
  PURE_JAVA,
  /** Native CPU code (BLAS/LAPACK) loaded through JNI. */
  NATIVE,
  /** A GPU through a native runtime. */
  GPU
}
