/**
 * Similarity measures on Apache Spark: {@link org.svcca.spark.SparkSimilarity} computes the
 * streaming statistics of {@link org.svcca.stream.MomentAccumulator} over a
 * {@code Dataset<Row>} (array, vector or numeric columns) or over row-aligned {@code .npy}
 * shards with one tree aggregation, and finishes them on the driver.
 * This package knows nothing of the command line.
 */
package org.svcca.spark;
