package org.svcca.io;

import static org.svcca.io.Problems.invalid;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.svcca.InvalidInputException;

/**
 * Reads the NumPy {@code .npy} format, versions 1.0, 2.0 and 3.0.
 *
 * <p>A file is the magic {@code \x93NUMPY}, a major and a minor version byte, the header
 * length (2 bytes little-endian in version 1.0, 4 bytes in 2.0 and 3.0), a header that is a
 * Python dict literal with the keys {@code descr}, {@code fortran_order} and {@code shape}
 * (Latin-1 text before 3.0, UTF-8 in 3.0), and then the elements, in C or Fortran order.
 *
 * <p>This reader exists instead of {@code org.jetbrains.bio:npy} (0.3.5), which rejects
 * Fortran-order files and brings an old Kotlin runtime onto the class path. It checks the
 * declared shape against the bytes present before allocating anything, so a corrupt or
 * hostile header yields a message rather than an {@link OutOfMemoryError}.
 */
final class NpyFormat {

  /** Bytes in the magic and version that open every file. */
  private static final int PREAMBLE = 8;
  private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};

  /**
   * The largest header accepted. NumPy itself refuses headers over 10000 bytes unless told
   * otherwise; this is generous yet bounds what a damaged length field can make us allocate.
   */
  private static final int MAX_HEADER = 1 << 20;

  /**
   * The most elements one Java array can hold. Arrays are indexed by int, and HotSpot refuses
   * lengths within a few elements of {@link Integer#MAX_VALUE}.
   */
  static final int MAX_ELEMENTS = Integer.MAX_VALUE - 8;

  /** Elements decoded per block: bounds the scratch memory of Fortran-order reads. */
  private static final int BLOCK_ELEMENTS = 1 << 20;

  private static final Pattern DESCR = Pattern.compile("([<>|=]?)([a-zA-Z?])(\\d*)(.*)");

  private NpyFormat() {}

  /**
   * What the header says, validated: the data is present, and the shape fits one Java array
   * (or, for a header read for streaming, each dimension fits an int).
   */
  record Header(ElementType type, ByteOrder order, boolean fortranOrder,
      int[] shape, long count) {

    /** The declared array for messages: {@code "1000 x 40 float64"}. */
    String describe() {
      return NdArray.describe(shape) + " " + type.numpyName();
    }
  }

  /** Reads one whole {@code .npy} image; {@code name} is used in messages. */
  static NdArray read(String name, ByteSource source) throws IOException {
    Header header = readHeader(name, source);
    return new NdArray(header.shape(), readData(name, header, source));
  }

  /** Reads and checks the header of a whole array, leaving the source at the first data byte. */
  static Header readHeader(String name, ByteSource source) throws IOException {
    return readHeader(name, source, true);
  }

  /**
   * Reads and checks the header, leaving the source at the first data byte. With
   * {@code wholeArray} false the element count may exceed one Java array, as it may for a
   * file read in row chunks; each dimension must still fit an int.
   */
  static Header readHeader(String name, ByteSource source, boolean wholeArray)
      throws IOException {
    ByteBuffer preamble = source.next(PREAMBLE);
    checkMagic(name, preamble, source.size());
    int major = preamble.get(6) & 0xFF;
    int minor = preamble.get(7) & 0xFF;
    String version = major + "." + minor;
    if (minor != 0 || major < 1 || major > 3) {
      throw invalid(name, "unsupported .npy format version " + version
          + " (versions 1.0, 2.0 and 3.0 are known)");
    }

    // Version 1.0 has a 2-byte header length, later versions 4 bytes; both little-endian.
    int lengthBytes = major == 1 ? 2 : 4;
    ByteBuffer lengthField = source.next(lengthBytes).order(ByteOrder.LITTLE_ENDIAN);
    if (lengthField.remaining() < lengthBytes) {
      throw invalid(name, "truncated: the file ends inside the header length field");
    }
    long headerLength = major == 1 ? lengthField.getShort(0) & 0xFFFF
        : lengthField.getInt(0) & 0xFFFF_FFFFL;
    long afterLength = source.size() < 0 ? -1 : source.size() - PREAMBLE - lengthBytes;
    checkHeaderLength(name, headerLength, afterLength);

    String text = headerText(name, source, (int) headerLength, major);
    long dataBytes = afterLength < 0 ? -1 : afterLength - headerLength;
    return interpret(name, text, dataBytes, wholeArray);
  }

  private static void checkMagic(String name, ByteBuffer preamble, long size) {
    boolean ok = preamble.remaining() == PREAMBLE;
    for (int i = 0; ok && i < MAGIC.length; i++) {
      ok = preamble.get(i) == MAGIC[i];
    }
    if (!ok) {
      String start = size >= 0 && size < PREAMBLE ? " (the file has only " + size + " bytes)"
          : "";
      throw invalid(name, "not a .npy file: it does not start with \\x93NUMPY" + start);
    }
  }

  private static void checkHeaderLength(String name, long length, long available) {
    if (available >= 0 && length > available) {
      throw invalid(name, "truncated: the header length field says " + length
          + " bytes but only " + available + " bytes follow it");
    }
    if (length > MAX_HEADER) {
      throw invalid(name, "the header length field says " + length
          + " bytes, over the limit of " + MAX_HEADER + "; the file is probably damaged");
    }
  }

  private static String headerText(String name, ByteSource source, int length, int major)
      throws IOException {
    ByteBuffer bytes = source.next(length);
    if (bytes.remaining() < length) {
      throw invalid(name, "truncated: the file ends inside the " + length + "-byte header");
    }
    byte[] raw = new byte[length];
    bytes.get(raw);
    return new String(raw, major >= 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
  }

  /** Parses the header dict and checks it against the data bytes present (-1: unknown). */
  private static Header interpret(String name, String text, long dataBytes,
      boolean wholeArray) {
    Map<?, ?> dict = parseDict(name, text);
    Object descr = require(name, dict, "descr");
    Object fortran = require(name, dict, "fortran_order");
    Object shapeValue = require(name, dict, "shape");
    if (!(descr instanceof String)) {
      throw invalid(name, "unsupported dtype " + Problems.quote(String.valueOf(descr), 60)
          + ": structured arrays (records with named fields) are not supported");
    }
    if (!(fortran instanceof Boolean)) {
      throw invalid(name, "the header's 'fortran_order' is " + fortran
          + ", not True or False");
    }

    String typeText = (String) descr;
    ElementType type = elementType(name, typeText);
    BigInteger[] dims = dimensions(name, shapeValue);
    checkSize(name, dims, type, dataBytes, wholeArray);
    return new Header(type, byteOrder(typeText), (Boolean) fortran, toInts(dims),
        product(dims).longValueExact());
  }

  private static Map<?, ?> parseDict(String name, String text) {
    Object parsed;
    try {
      parsed = PythonLiteral.parse(text);
    } catch (PythonLiteral.SyntaxError e) {
      throw invalid(name, "cannot parse the header " + Problems.quote(text.strip(), 120)
          + ": " + e.getMessage(), e);
    }
    if (!(parsed instanceof Map)) {
      throw invalid(name, "the header " + Problems.quote(text.strip(), 120)
          + " is not a dict");
    }
    return (Map<?, ?>) parsed;
  }

  private static Object require(String name, Map<?, ?> dict, String key) {
    if (!dict.containsKey(key)) {
      throw invalid(name, "the header has no '" + key + "' entry; it has " + dict.keySet());
    }
    return dict.get(key);
  }

  private static BigInteger[] dimensions(String name, Object shape) {
    if (!(shape instanceof List)) {
      throw invalid(name, "the header's 'shape' is " + shape + ", not a tuple");
    }
    List<?> items = (List<?>) shape;
    BigInteger[] dims = new BigInteger[items.size()];
    for (int i = 0; i < dims.length; i++) {
      Object item = items.get(i);
      if (!(item instanceof BigInteger) || ((BigInteger) item).signum() < 0) {
        throw invalid(name, "the header's 'shape' " + items
            + " holds something other than a non-negative integer");
      }
      dims[i] = (BigInteger) item;
    }
    return dims;
  }

  /** Rejects a shape whose data is not all present or cannot fit one Java array. */
  private static void checkSize(String name, BigInteger[] dims, ElementType type,
      long dataBytes, boolean wholeArray) {
    BigInteger count = product(dims);
    BigInteger needed = count.multiply(BigInteger.valueOf(type.size()));
    String declared = describe(dims) + " " + type.numpyName();
    if (dataBytes >= 0 && needed.compareTo(BigInteger.valueOf(dataBytes)) > 0) {
      throw truncated(name, declared, needed, dataBytes);
    }
    BigInteger limit = BigInteger.valueOf(MAX_ELEMENTS);
    boolean dimTooLarge = false;
    for (BigInteger d : dims) {
      dimTooLarge |= d.compareTo(limit) > 0;
    }
    if ((wholeArray && count.compareTo(limit) > 0) || dimTooLarge) {
      throw invalid(name, "the header declares " + declared + " (" + count
          + " values), more than one Java array can hold (" + MAX_ELEMENTS + ")");
    }
  }

  private static InvalidInputException truncated(String name, String declared, BigInteger needed,
      long present) {
    return invalid(name, "truncated: the header declares " + declared + " (" + needed
        + " bytes of data) but only " + present + " bytes follow");
  }

  private static BigInteger product(BigInteger[] dims) {
    BigInteger count = BigInteger.ONE;
    for (BigInteger d : dims) {
      count = count.multiply(d);
    }
    return count;
  }

  private static int[] toInts(BigInteger[] dims) {
    int[] shape = new int[dims.length];
    for (int i = 0; i < dims.length; i++) {
      shape[i] = dims[i].intValueExact();
    }
    return shape;
  }

  private static String describe(BigInteger[] dims) {
    if (dims.length == 0) {
      return "scalar";
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < dims.length; i++) {
      text.append(i == 0 ? "" : " x ").append(dims[i]);
    }
    return text.toString();
  }

  /** Maps a dtype string such as {@code '<f4'} to an element type, or says why not. */
  static ElementType elementType(String name, String descr) {
    Matcher m = DESCR.matcher(descr);
    ElementType type = null;
    if (m.matches() && m.group(4).isEmpty()) {
      type = simpleType(m.group(2).charAt(0), m.group(3));
    }
    if (type == null) {
      throw invalid(name, "unsupported dtype " + Problems.quote(descr, 60)
          + kindNote(m.matches() ? m.group(2).charAt(0) : ' ')
          + "; supported are float16, float32, float64, int8 to int64, uint8 to uint64"
          + " and bool");
    }
    return type;
  }

  private static ElementType simpleType(char kind, String size) {
    String key = kind + size;
    return switch (key) {
      case "f2" -> ElementType.FLOAT16;
      case "f4" -> ElementType.FLOAT32;
      case "f8" -> ElementType.FLOAT64;
      case "i1" -> ElementType.INT8;
      case "i2" -> ElementType.INT16;
      case "i4" -> ElementType.INT32;
      case "i8" -> ElementType.INT64;
      case "u1" -> ElementType.UINT8;
      case "u2" -> ElementType.UINT16;
      case "u4" -> ElementType.UINT32;
      case "u8" -> ElementType.UINT64;
      case "b1", "?", "?1" -> ElementType.BOOL;
      default -> null;
    };
  }

  private static String kindNote(char kind) {
    return switch (kind) {
      case 'c' -> " (complex numbers)";
      case 'f' -> " (extended-precision float)";
      case 'O' -> " (Python objects, stored pickled)";
      case 'U' -> " (unicode strings)";
      case 'S', 'a' -> " (byte strings)";
      case 'V' -> " (raw or structured records)";
      case 'M' -> " (datetimes)";
      case 'm' -> " (time deltas)";
      default -> "";
    };
  }

  /**
   * The byte order of a dtype string. NumPy writes {@code '<'} or {@code '>'} for multi-byte
   * types and {@code '|'} where order does not apply; {@code '='} (native) means the writer's
   * order, which cannot be known here, so it is taken as little-endian, the order of every
   * platform NumPy and this library commonly run on.
   */
  private static ByteOrder byteOrder(String descr) {
    return descr.startsWith(">") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
  }

  /** Reads the {@code header.count()} elements that follow the header, into C order. */
  static double[] readData(String name, Header header, ByteSource source) throws IOException {
    double[] out = new double[Math.toIntExact(header.count())];
    ElementType type = header.type();
    boolean scatter = header.fortranOrder() && header.shape().length > 1;
    FortranScatter fortran = scatter ? new FortranScatter(header.shape(), out) : null;
    int blockSize = scatter ? fortran.blockElements(BLOCK_ELEMENTS) : BLOCK_ELEMENTS;
    double[] scratch = scatter ? new double[Math.min(blockSize, out.length)] : null;

    int done = 0;
    while (done < out.length) {
      int n = Math.min(blockSize, out.length - done);
      ByteBuffer block = source.next(n * type.size()).order(header.order());
      if (block.remaining() < n * type.size()) {
        long present = (long) done * type.size() + block.remaining();
        throw truncated(name, header.describe(),
            BigInteger.valueOf((long) out.length * type.size()), present);
      }
      if (scatter) {
        type.decode(block, scratch, 0, n);
        fortran.put(scratch, n);
      } else {
        type.decode(block, out, done, n);
      }
      done += n;
    }
    return out;
  }
}
