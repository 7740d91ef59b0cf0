/**
 * Sufficient statistics that stream and merge: {@link org.svcca.stream.MomentAccumulator}
 * keeps the datapoint count, the column means and the centred joint second moments of two or
 * more representations, takes them in row chunks of any size, merges partial results exactly
 * (as chunks of a file or partitions of a cluster produce them) and finishes into every
 * measure of {@link org.svcca.Similarity#compareMoments}. Memory is quadratic in the neurons
 * and independent of the datapoints.
 */
package org.svcca.stream;
