package org.svcca.stream;

import java.util.List;
import java.util.function.LongConsumer;
import org.svcca.InvalidInputException;
import org.svcca.io.NpyRowReader;
import org.svcca.spi.LinearAlgebra;
import org.svcca.spi.Matrix;

/**
 * Streams row-aligned {@code .npy} files through a {@link MomentAccumulator}: one pass over
 * the data, memory bounded by the neurons rather than the datapoints.
 *
 * <pre>{@code
 * try (NpyRowReader a = NpyRowReader.open("a.npy", false);
 *     NpyRowReader b = NpyRowReader.open("b.npy", false)) {
 *   MomentAccumulator moments = NpyStreams.accumulate(la, List.of(a, b),
 *       NpyStreams.chunkRows(a.neurons() + b.neurons(), Runtime.getRuntime().maxMemory()),
 *       done -> { });
 *   Comparison c = moments.compare(new Similarity(la), measures, options);
 * }
 * }</pre>
 */
public final class NpyStreams {

  /**
   * Doubles in one joined chunk at most: 4 Mi (32 MiB) is enough rows for the Gram product to
   * run at full speed on any width, and small next to a default heap.
   */
  static final int MAX_CHUNK_DOUBLES = 1 << 22;

  /**
   * A chunk takes about four times its joined size while it is processed (the chunks as read,
   * the joined copy, the backend's working space), and should leave most of the heap to the
   * D x D moments: one sixteenth of the heap bounds the joined chunk.
   */
  private static final int HEAP_SHARE = 16;

  private NpyStreams() {}

  /**
   * Datapoints per chunk for representations of {@code totalNeurons} neurons together, on a
   * heap of {@code heapBytes}: the chunk of {@code rows x totalNeurons} doubles is at most
   * {@value #MAX_CHUNK_DOUBLES} and at most 1/16 of the heap, and at least one row.
   */
  public static int chunkRows(int totalNeurons, long heapBytes) {
    long doubles = Math.min(MAX_CHUNK_DOUBLES, heapBytes / Double.BYTES / HEAP_SHARE);
    return (int) Math.max(1, doubles / Math.max(1, totalNeurons));
  }

  /**
   * Reads every remaining datapoint of the readers, {@code chunkRows} at a time, into a new
   * accumulator. The readers are left at their end, not closed.
   *
   * @param la the backend for the chunks' Gram products
   * @param readers one per representation, positioned at the same datapoint
   * @param chunkRows datapoints per chunk, at least 1
   * @param progress told the number of datapoints done after every chunk
   * @throws InvalidInputException if the files differ in datapoints, or as the readers and
   *     {@link MomentAccumulator#add} do
   */
  public static MomentAccumulator accumulate(LinearAlgebra la, List<NpyRowReader> readers,
      int chunkRows, LongConsumer progress) {
    requireSameDatapoints(readers);
    int[] widths = new int[readers.size()];
    for (int s = 0; s < widths.length; s++) {
      widths[s] = readers.get(s).neurons();
    }
    MomentAccumulator moments = new MomentAccumulator(widths);
    Matrix[] chunks = new Matrix[readers.size()];
    while (readers.get(0).remaining() > 0) {
      for (int s = 0; s < chunks.length; s++) {
        chunks[s] = readers.get(s).read(chunkRows);
      }
      moments.add(la, chunks);
      progress.accept(readers.get(0).position());
    }
    return moments;
  }

  private static void requireSameDatapoints(List<NpyRowReader> readers) {
    if (readers.isEmpty()) {
      throw new InvalidInputException("no file to stream");
    }
    NpyRowReader first = readers.get(0);
    for (NpyRowReader other : readers) {
      if (other.remaining() != first.remaining()) {
        throw new InvalidInputException(first.file() + " has " + first.remaining()
            + " datapoints, " + other.file() + " has " + other.remaining()
            + "; rows must be the same inputs in the same order");
      }
    }
  }
}
