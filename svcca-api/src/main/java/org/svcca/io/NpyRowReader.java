package org.svcca.io;

import static org.svcca.io.Problems.invalid;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.svcca.spi.Matrix;

/**
 * Reads a {@code .npy} file of activations in chunks of datapoints, without holding the whole
 * array: the reader behind out-of-core and distributed comparisons.
 *
 * <p>The file holds a 1-D array (n datapoints of one neuron) or a 2-D one, datapoints x
 * neurons, or neurons x datapoints when opened {@code neuronsFirst}. Any element type, byte
 * order and format version that {@link ActivationFiles} reads is read here, and files of any
 * size: the element count may exceed one Java array, each dimension must fit an int.
 *
 * <p>Two layouts, chosen by the file's order and orientation:
 * <ul>
 *   <li>each datapoint's neurons contiguous (C order, datapoints first; the common case):
 *       read through memory-mapped windows of at most {@value #WINDOW_BYTES} bytes, whole
 *       datapoints each, so files over 2 GiB need no single mapping;
 *   <li>each neuron's datapoints contiguous (Fortran order, or C order stored neurons first):
 *       a chunk of m datapoints is d positioned reads of m elements, one per neuron, which
 *       costs d system calls per chunk; large chunks keep that small.
 * </ul>
 *
 * <p>Every value is checked finite as it is read. Not thread-safe; one reader per thread.
 */
public final class NpyRowReader implements Closeable {

  /** The largest mapping: large enough to amortise the system call, small against memory. */
  static final int WINDOW_BYTES = 64 << 20;

  private final String name;
  private final FileChannel channel;
  private final NpyFormat.Header header;
  private final long dataOffset;
  private final long datapoints;
  private final int neurons;
  private final boolean rowsContiguous;
  private final int windowBytes;
  private long position;

  private ByteBuffer window;
  private long windowFirst;
  private long windowEnd;
  private ByteBuffer column;

  private NpyRowReader(String name, FileChannel channel, NpyFormat.Header header,
      long dataOffset, boolean neuronsFirst, int windowBytes) {
    this.name = name;
    this.windowBytes = windowBytes;
    this.channel = channel;
    this.header = header;
    this.dataOffset = dataOffset;
    int[] shape = header.shape();
    boolean flipped = neuronsFirst && shape.length == 2;
    this.datapoints = flipped ? shape[1] : shape[0];
    this.neurons = shape.length == 1 ? 1 : flipped ? shape[0] : shape[1];
    this.rowsContiguous = neurons == 1 || header.fortranOrder() == flipped;
  }

  /**
   * Opens a {@code .npy} file and reads its header.
   *
   * @param file the path, used in messages as given
   * @param neuronsFirst true when the file stores neurons as rows (google/svcca's layout)
   * @throws org.svcca.InvalidInputException naming the file: missing, unreadable, malformed,
   *     not 1-D or 2-D, or without datapoints or neurons
   */
  public static NpyRowReader open(String file, boolean neuronsFirst) {
    return open(file, neuronsFirst, WINDOW_BYTES);
  }

  /** As {@link #open(String, boolean)}, with mapping windows of at most the given bytes. */
  static NpyRowReader open(String file, boolean neuronsFirst, int windowBytes) {
    Path path = ActivationFiles.existingFile(file, file);
    FileChannel channel = null;
    try {
      channel = FileChannel.open(path, StandardOpenOption.READ);
      ByteSource.FileBlocks source = (ByteSource.FileBlocks) ByteSource.of(channel);
      NpyFormat.Header header = NpyFormat.readHeader(file, source, false);
      requireMatrix(file, header, neuronsFirst);
      return new NpyRowReader(file, channel, header, source.position(), neuronsFirst,
          windowBytes);
    } catch (IOException e) {
      closeQuietly(channel);
      throw Problems.unreadable(file, e);
    } catch (RuntimeException e) {
      closeQuietly(channel);
      throw e;
    }
  }

  /** The file as the caller named it. */
  public String file() {
    return name;
  }

  /** Datapoints in the file. */
  public long datapoints() {
    return datapoints;
  }

  /** Neurons per datapoint. */
  public int neurons() {
    return neurons;
  }

  /** Datapoints read so far; the next {@link #read} starts here. */
  public long position() {
    return position;
  }

  /** Datapoints not yet read. */
  public long remaining() {
    return datapoints - position;
  }

  /**
   * Moves past {@code count} datapoints without reading them, or to the end if fewer remain.
   *
   * @throws IllegalArgumentException if count is negative
   */
  public void skip(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("cannot skip " + count + " datapoints");
    }
    position += Math.min(count, remaining());
  }

  /** The file's declared array, such as {@code "750000 x 512 float32"}, for messages. */
  public String describe() {
    return header.describe() + (header.fortranOrder() ? " (Fortran order)" : "");
  }

  /**
   * The next {@code min(maxRows, remaining())} datapoints as a rows x neurons matrix in
   * double precision; 0 rows once every datapoint has been read.
   *
   * @throws org.svcca.InvalidInputException naming the file if it cannot be read, ends early,
   *     or holds NaN or infinity (named by 0-based datapoint and neuron)
   */
  public Matrix read(int maxRows) {
    if (maxRows < 1) {
      throw new IllegalArgumentException("maxRows must be at least 1, got " + maxRows);
    }
    int rows = (int) Math.min(maxRows, remaining());
    if (rows == 0) {
      return Matrix.zeros(0, neurons);
    }
    try {
      Matrix chunk = rowsContiguous ? readRows(rows) : readColumns(rows);
      requireFinite(chunk);
      position += chunk.rows();
      return chunk;
    } catch (IOException e) {
      throw Problems.unreadable(name, e);
    }
  }

  @Override
  public void close() {
    window = null;
    closeQuietly(channel);
  }

  /** Rows decoded from mapping windows, mapping the next one when one is used up. */
  private Matrix readRows(int rows) throws IOException {
    long rowBytes = (long) neurons * header.type().size();
    double[] out = new double[Math.multiplyExact(rows, neurons)];
    int done = 0;
    while (done < rows) {
      long next = position + done;
      if (window == null || next >= windowEnd) {
        long windowRows = Math.max(1, windowBytes / rowBytes);
        windowFirst = next;
        windowEnd = Math.min(datapoints, next + windowRows);
        window = channel.map(FileChannel.MapMode.READ_ONLY, dataOffset + next * rowBytes,
            (windowEnd - next) * rowBytes);
      }
      int count = (int) Math.min(rows - done, windowEnd - next);
      ByteBuffer slice = window.duplicate();
      slice.position((int) ((next - windowFirst) * rowBytes));
      header.type().decode(slice.slice().order(header.order()), out, done * neurons,
          count * neurons);
      done += count;
    }
    return Matrix.wrap(rows, neurons, out);
  }

  /** Rows gathered from each neuron's contiguous run of datapoints. */
  private Matrix readColumns(int rows) throws IOException {
    int size = header.type().size();
    int bytes = Math.multiplyExact(rows, size);
    if (column == null || column.capacity() < bytes) {
      column = ByteBuffer.allocate(bytes);
    }
    double[] values = new double[rows];
    double[] out = new double[Math.multiplyExact(rows, neurons)];
    for (int q = 0; q < neurons; q++) {
      long offset = dataOffset + ((long) q * datapoints + position) * size;
      readFully(column, bytes, offset);
      header.type().decode(column.order(header.order()), values, 0, rows);
      for (int r = 0; r < rows; r++) {
        out[r * neurons + q] = values[r];
      }
    }
    return Matrix.wrap(rows, neurons, out);
  }

  private void readFully(ByteBuffer buffer, int bytes, long offset) throws IOException {
    buffer.clear().limit(bytes);
    while (buffer.hasRemaining()) {
      if (channel.read(buffer, offset + buffer.position()) < 0) {
        throw invalid(name, "truncated: the file ended while reading " + describe()
            + " at byte " + (offset + buffer.position()));
      }
    }
    buffer.flip();
  }

  private void requireFinite(Matrix chunk) {
    double[] data = chunk.data();
    for (int k = 0; k < data.length; k++) {
      if (!Double.isFinite(data[k])) {
        String what = Double.isNaN(data[k]) ? "NaN" : data[k] > 0 ? "+Inf" : "-Inf";
        throw invalid(name, what + " at datapoint " + (position + k / neurons) + ", neuron "
            + k % neurons + " (0-based)");
      }
    }
  }

  /** Only 1-D and 2-D arrays with datapoints and neurons are activations. */
  private static void requireMatrix(String file, NpyFormat.Header header, boolean flipped) {
    int[] shape = header.shape();
    if (shape.length == 0 || shape.length > 2) {
      throw invalid(file, (shape.length == 0 ? "0-D array (a scalar)"
          : shape.length + "-D array (" + NdArray.describe(shape) + ")")
          + "; only 1-D and 2-D activations are supported here");
    }
    int rows = shape.length == 2 && flipped ? shape[1] : shape[0];
    int cols = shape.length == 1 ? 1 : flipped ? shape[0] : shape[1];
    if (rows == 0 || cols == 0) {
      throw invalid(file, (rows == 0 ? "no datapoints" : "no neurons") + ": the array is "
          + NdArray.describe(shape) + (shape.length == 1 ? " (a vector: one neuron)"
          : flipped ? " (neurons x datapoints)" : " (datapoints x neurons)"));
    }
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel == null) {
      return;
    }
    try {
      channel.close();
    } catch (IOException e) {
      // Nothing was written; a failure to release a read-only handle loses nothing.
    }
  }
}
