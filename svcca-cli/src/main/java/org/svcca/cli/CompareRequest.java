package org.svcca.cli;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.svcca.Measure;
import org.svcca.SimilarityOptions;
import org.svcca.spi.LinearAlgebra;

/**
 * One {@code svcca compare} run as an {@link Engine} receives it, every option already
 * checked.
 *
 * @param fileA the first activation file (or, for a cluster engine, a directory or glob of
 *     row-aligned shards), as the user wrote it
 * @param fileB the second, row-aligned with the first
 * @param neuronsFirst whether files store neurons as rows
 * @param measures at least one measure, in the order asked for
 * @param options the similarity options, labels set to the two files
 * @param backend the backend that finishes the comparison in this JVM
 * @param streaming whether to read the files in one pass of row chunks
 * @param master the cluster to run on ({@code --master}), if given
 * @param progress where long work reports how far it got
 * @param channelsFirst whether 4-D inputs are N x C x H x W rather than N x H x W x C
 */
public record CompareRequest(String fileA, String fileB, boolean neuronsFirst,
    List<Measure> measures, SimilarityOptions options, LinearAlgebra backend,
    Streaming streaming, Optional<String> master, StreamProgress progress,
    boolean channelsFirst) {

  /** Whether a comparison reads its files whole or streams them in row chunks. */
  public enum Streaming {
    /** Stream when the data would not fit the heap comfortably ({@code --path} not given). */
    AUTO,
    /** Always stream ({@code --stream}). */
    ON,
    /** Never stream ({@code --path direct}). */
    OFF
  }

  public CompareRequest {
    Objects.requireNonNull(fileA, "fileA");
    Objects.requireNonNull(fileB, "fileB");
    measures = List.copyOf(measures);
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(backend, "backend");
    Objects.requireNonNull(streaming, "streaming");
    Objects.requireNonNull(master, "master");
    Objects.requireNonNull(progress, "progress");
  }
}
