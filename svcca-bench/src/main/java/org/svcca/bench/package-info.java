/**
 * JMH benchmarks: the backends' GEMM, Gram, thin QR and thin SVD on tall matrices, and whole
 * comparisons on both computation paths, at sizes that show how cost grows with datapoints
 * and neurons. Run with {@code java -jar svcca-bench/target/benchmarks.jar}.
 */
package org.svcca.bench;
