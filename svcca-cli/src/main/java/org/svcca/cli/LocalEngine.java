package org.svcca.cli;

import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.svcca.Comparison;
import org.svcca.InvalidInputException;
import org.svcca.Similarity;
import org.svcca.io.ActivationFiles;
import org.svcca.io.NpyRowReader;
import org.svcca.spi.Matrix;
import org.svcca.stream.MomentAccumulator;
import org.svcca.stream.NpyStreams;

/**
 * The built-in engine: compares in this JVM, reading both files whole, or streaming them in
 * row chunks through a {@link MomentAccumulator} when asked to or when they would not fit the
 * heap comfortably. Streaming reads {@code .npy} files only and computes on the covariance
 * path.
 */
final class LocalEngine implements Engine {

  static final String ID = "local";

  /**
   * Copies of the data, as doubles, that an in-memory comparison holds at its peak: the two
   * arrays as read, their centred copies and the decomposition's working space.
   */
  static final int IN_MEMORY_COPIES = 4;

  private final LongSupplier heapBytes;

  LocalEngine(LongSupplier heapBytes) {
    this.heapBytes = heapBytes;
  }

  LocalEngine() {
    this(Runtime.getRuntime()::maxMemory);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Comparison compare(CompareRequest request) {
    if (request.master().isPresent()) {
      throw new InvalidInputException("--master names a cluster and applies only with "
          + "--engine spark");
    }
    if (shouldStream(request)) {
      return streamed(request);
    }
    Matrix a = ConvOptions.readMatrix(request.fileA(), request.neuronsFirst(),
        request.channelsFirst());
    Matrix b = ConvOptions.readMatrix(request.fileB(), request.neuronsFirst(),
        request.channelsFirst());
    return new Similarity(request.backend()).compare(a, b, request.measures(),
        request.options());
  }

  private boolean shouldStream(CompareRequest request) {
    switch (request.streaming()) {
      case ON:
        for (String file : List.of(request.fileA(), request.fileB())) {
          if (!ActivationFiles.isNpy(file)) {
            throw new InvalidInputException(file + ": --stream reads .npy files only; save "
                + "the activations with numpy.save, or compare without --stream");
          }
        }
        return true;
      case OFF:
        return false;
      default:
        return tooLargeForTheHeap(request);
    }
  }

  /** Whether both files are {@code .npy} and their doubles would crowd the heap. */
  private boolean tooLargeForTheHeap(CompareRequest request) {
    if (!ActivationFiles.isNpy(request.fileA()) || !ActivationFiles.isNpy(request.fileB())) {
      return false;
    }
    long bytes = 0;
    for (String file : List.of(request.fileA(), request.fileB())) {
      try (NpyRowReader reader = NpyRowReader.open(file, request.neuronsFirst())) {
        bytes += reader.datapoints() * reader.neurons() * Double.BYTES;
      } catch (InvalidInputException notStreamable) {
        // Not a 2-D array (a 4-D convolution, say): it is read whole, and the in-memory
        // readers say what they accept.
        return false;
      }
    }
    long heap = heapBytes.getAsLong();
    if (bytes <= heap / IN_MEMORY_COPIES) {
      return false;
    }
    request.progress().note(String.format(Locale.ROOT, "the two files take %,d MiB as "
        + "doubles, more than a quarter of the %,d MiB heap: streaming them in one pass "
        + "(covariance path)", bytes >> 20, heap >> 20));
    return true;
  }

  private Comparison streamed(CompareRequest request) {
    try (NpyRowReader a = NpyRowReader.open(request.fileA(), request.neuronsFirst());
        NpyRowReader b = NpyRowReader.open(request.fileB(), request.neuronsFirst())) {
      int chunkRows = NpyStreams.chunkRows(a.neurons() + b.neurons(), heapBytes.getAsLong());
      long total = a.datapoints();
      MomentAccumulator moments = NpyStreams.accumulate(request.backend(), List.of(a, b),
          chunkRows, done -> request.progress().advanced(done, total));
      request.progress().finish();
      return moments.compare(new Similarity(request.backend()), request.measures(),
          request.options());
    }
  }
}
