package org.svcca.io;

import static org.svcca.io.Problems.invalid;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Objects;
import org.svcca.spi.Matrix;

/**
 * Entry point for reading activation files.
 *
 * <p>A spec names a file and, for an archive, an array in it:
 * <ul>
 *   <li>{@code acts.npy}: NumPy array, any of float16/32/64, int8 to int64, uint8 to uint64
 *       or bool, either byte order, C or Fortran order, format version 1.0, 2.0 or 3.0;
 *   <li>{@code acts.npz:layer3} or {@code acts.npz:layer3.npy}: one array of a NumPy archive,
 *       stored or deflated; {@code acts.npz} alone when the archive holds exactly one array;
 *   <li>{@code acts.csv}, {@code acts.tsv} or {@code acts.tab}: a table of numbers with an
 *       optional header line, separated by commas or tabs;
 *   <li>any other name: recognised by content, a {@code .npy} or {@code .npz} image by its
 *       signature, otherwise text whose separator (tab, comma or spaces) is guessed from the
 *       first line.
 * </ul>
 * Every value is converted to {@code double}. Every problem with the input, including an I/O
 * failure, is an {@link org.svcca.InvalidInputException} with a one-line message that starts
 * with the file as the caller named it.
 */
public final class ActivationFiles {

  private static final String NPZ_MEMBER = ".npz:";
  private static final int SNIFF_BYTES = 4096;

  private ActivationFiles() {}

  /**
   * Reads the activations named by {@code spec} as a datapoints x neurons matrix.
   *
   * <p>A 2-D array is datapoints x neurons as stored, or transposed when
   * {@code neuronsFirst}. A 1-D array of length n is always n datapoints of one neuron, since
   * a vector has no orientation to flip. Arrays of 3 and more dimensions are refused here;
   * read them with {@link #readArray}.
   *
   * @param spec a file, or {@code file.npz:array}; see the class comment
   * @param neuronsFirst true when the file stores neurons as rows (google/svcca's layout)
   * @return datapoints x neurons, at least 1 x 1, every value finite
   * @throws org.svcca.InvalidInputException naming the file and the problem: unreadable or
   *     malformed, not 1-D or 2-D, empty, or holding NaN or infinity (with its 0-based
   *     datapoint and neuron)
   */
  public static Matrix read(String spec, boolean neuronsFirst) {
    return asMatrix(spec, readArray(spec), neuronsFirst);
  }

  /**
   * The activations of an array already read with {@link #readArray}, judged as
   * {@link #read} judges them: for callers that first look at the array's rank.
   *
   * @throws org.svcca.InvalidInputException as {@link #read} does
   */
  public static Matrix asMatrix(String spec, NdArray array, boolean neuronsFirst) {
    Matrix activations = toMatrix(spec, array, neuronsFirst);
    requireFinite(spec, activations);
    return activations;
  }

  /**
   * Reads the array named by {@code spec} with its own shape and values in row-major order,
   * whatever its rank (0-D and up) and without judging its values: NaN and infinity are
   * returned as they are. A CSV or TSV table is a rows x columns array, with 0 rows when it
   * has only a header.
   *
   * @param spec a file, or {@code file.npz:array}; see the class comment
   * @throws org.svcca.InvalidInputException naming the file and the problem
   */
  public static NdArray readArray(String spec) {
    Objects.requireNonNull(spec, "spec");
    int split = memberSeparator(spec);
    String file = split < 0 ? spec : spec.substring(0, split + NPZ_MEMBER.length() - 1);
    String member = split < 0 ? null : spec.substring(split + NPZ_MEMBER.length());
    Path path = existingFile(spec, file);
    try {
      return readFile(file, path, member == null || member.isEmpty() ? null : member);
    } catch (IOException e) {
      throw Problems.unreadable(file, e);
    }
  }

  /**
   * Whether {@code spec} names a {@code .npy} file, by its extension or, for a name without
   * a known one, by its signature: the files that {@link NpyRowReader} streams.
   */
  public static boolean isNpy(String spec) {
    String lower = spec.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".npy")) {
      return true;
    }
    if (memberSeparator(spec) >= 0 || lower.endsWith(".npz") || lower.endsWith(".csv")
        || lower.endsWith(".tsv") || lower.endsWith(".tab")) {
      return false;
    }
    try (InputStream in = Files.newInputStream(Path.of(spec))) {
      return startsWith(in.readNBytes(6), (byte) 0x93, 'N', 'U', 'M', 'P', 'Y');
    } catch (IOException | InvalidPathException e) {
      // Unreadable or no path at all: not something to stream; reading it reports why.
      return false;
    }
  }

  /** Where {@code .npz:} last occurs in the spec, in any case; -1 if nowhere. */
  private static int memberSeparator(String spec) {
    for (int i = spec.length() - NPZ_MEMBER.length(); i >= 0; i--) {
      if (spec.regionMatches(true, i, NPZ_MEMBER, 0, NPZ_MEMBER.length())) {
        return i;
      }
    }
    return -1;
  }

  private static NdArray readFile(String file, Path path, String member) throws IOException {
    String lower = file.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".npy")) {
      return readNpy(file, path);
    } else if (lower.endsWith(".npz")) {
      return NpzArchive.read(file, path, member);
    } else if (lower.endsWith(".csv")) {
      return DelimitedText.read(file, path, DelimitedText.Delimiter.COMMA);
    } else if (lower.endsWith(".tsv") || lower.endsWith(".tab")) {
      return DelimitedText.read(file, path, DelimitedText.Delimiter.TAB);
    }
    return readByContent(file, path);
  }

  private static NdArray readNpy(String file, Path path) throws IOException {
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      return NpyFormat.read(file, ByteSource.of(channel));
    }
  }

  /** Recognises a file without a known extension by its first bytes. */
  private static NdArray readByContent(String file, Path path) throws IOException {
    byte[] start;
    try (InputStream in = Files.newInputStream(path)) {
      start = in.readNBytes(SNIFF_BYTES);
    }
    if (startsWith(start, (byte) 0x93, 'N', 'U', 'M', 'P', 'Y')) {
      return readNpy(file, path);
    }
    if (startsWith(start, 'P', 'K', 3, 4) || startsWith(start, 'P', 'K', 5, 6)) {
      return NpzArchive.read(file, path, null);
    }
    for (byte b : start) {
      if (b == 0) {
        throw invalid(file, "unrecognised format: not a .npy or .npz image and not text"
            + " (known extensions: .npy, .npz, .csv, .tsv, .tab)");
      }
    }
    return DelimitedText.read(file, path, null);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != (byte) prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** The path of {@code file}, which must be a non-empty regular file. */
  static Path existingFile(String spec, String file) {
    Path path;
    try {
      path = Path.of(file);
    } catch (InvalidPathException e) {
      throw invalid(file, "not a valid path (" + e.getReason() + ")", e);
    }
    if (Files.isDirectory(path)) {
      throw invalid(file, "is a directory, not a file");
    }
    if (!Files.exists(path)) {
      throw invalid(file, "no such file" + memberHint(spec));
    }
    try {
      if (Files.size(path) == 0) {
        throw invalid(file, "empty file (0 bytes)");
      }
    } catch (IOException e) {
      throw Problems.unreadable(file, e);
    }
    return path;
  }

  /** Explains a ':name' suffix on a file that exists but is not an archive. */
  private static String memberHint(String spec) {
    int colon = spec.lastIndexOf(':');
    if (colon <= 0) {
      return "";
    }
    try {
      String prefix = spec.substring(0, colon);
      if (Files.isRegularFile(Path.of(prefix))) {
        return "; a ':name' suffix selects an array only in a .npz archive, and " + prefix
            + " is not one";
      }
    } catch (InvalidPathException e) {
      // The part before the colon is no path either; the plain message stands.
    }
    return "";
  }

  /** Views a 1-D or 2-D array as datapoints x neurons. */
  private static Matrix toMatrix(String spec, NdArray array, boolean neuronsFirst) {
    Matrix matrix;
    switch (array.rank()) {
      case 1 -> matrix = Matrix.wrap(array.dim(0), 1, array.data());
      case 2 -> {
        Matrix stored = Matrix.wrap(array.dim(0), array.dim(1), array.data());
        matrix = neuronsFirst ? stored.transpose() : stored;
      }
      default -> throw invalid(spec, (array.rank() == 0 ? "0-D array (a scalar)"
          : array.rank() + "-D array (" + array.shapeText() + ")")
          + "; only 1-D and 2-D activations are supported here");
    }
    if (matrix.rows() == 0 || matrix.cols() == 0) {
      throw invalid(spec, (matrix.rows() == 0 ? "no datapoints" : "no neurons")
          + ": the array is " + array.shapeText() + orientation(array, neuronsFirst));
    }
    return matrix;
  }

  private static String orientation(NdArray array, boolean neuronsFirst) {
    if (array.rank() == 1) {
      return " (a vector: one neuron)";
    }
    return neuronsFirst ? " (neurons x datapoints)" : " (datapoints x neurons)";
  }

  /** Rejects the first NaN or infinity, naming its place in the returned orientation. */
  private static void requireFinite(String spec, Matrix activations) {
    double[] data = activations.data();
    for (int k = 0; k < data.length; k++) {
      if (!Double.isFinite(data[k])) {
        String what = Double.isNaN(data[k]) ? "NaN" : data[k] > 0 ? "+Inf" : "-Inf";
        throw invalid(spec, what + " at datapoint " + k / activations.cols() + ", neuron "
            + k % activations.cols() + " (0-based)");
      }
    }
  }
}
