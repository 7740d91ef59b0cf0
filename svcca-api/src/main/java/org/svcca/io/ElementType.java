package org.svcca.io;

import java.nio.ByteBuffer;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.ShortBuffer;

/**
 * The NumPy element types this package reads, each with a bulk conversion to {@code double}.
 *
 * <p>Conversions read through typed views of a {@link ByteBuffer} whose byte order the caller
 * has set, so byte swapping happens inside the buffer classes and there is no per-element
 * work beyond the widening itself. Every value of every type converts exactly except int64
 * and uint64 above 2^53, which round to the nearest double.
 */
enum ElementType {
  FLOAT16("float16", 2),
  FLOAT32("float32", 4),
  FLOAT64("float64", 8),
  INT8("int8", 1),
  INT16("int16", 2),
  INT32("int32", 4),
  INT64("int64", 8),
  UINT8("uint8", 1),
  UINT16("uint16", 2),
  UINT32("uint32", 4),
  UINT64("uint64", 8),
  BOOL("bool", 1);

  private final String numpyName;
  private final int size;

  ElementType(String numpyName, int size) {
    this.numpyName = numpyName;
    this.size = size;
  }

  /** NumPy's name for the type, such as {@code float32}, for messages. */
  String numpyName() {
    return numpyName;
  }

  /** Bytes per element. */
  int size() {
    return size;
  }

  /**
   * Converts {@code count} elements starting at the buffer's position into
   * {@code out[offset .. offset + count)}. The buffer's byte order must already be the file's;
   * its position is not moved.
   */
  void decode(ByteBuffer in, double[] out, int offset, int count) {
    switch (this) {
      case FLOAT64 -> in.asDoubleBuffer().get(out, offset, count);
      case FLOAT32 -> decodeFloat32(in.asFloatBuffer(), out, offset, count);
      case FLOAT16 -> decodeFloat16(in.asShortBuffer(), out, offset, count);
      case INT64 -> decodeInt64(in.asLongBuffer(), out, offset, count);
      case UINT64 -> decodeUint64(in.asLongBuffer(), out, offset, count);
      case INT32 -> decodeInt32(in.asIntBuffer(), out, offset, count);
      case UINT32 -> decodeUint32(in.asIntBuffer(), out, offset, count);
      case INT16 -> decodeInt16(in.asShortBuffer(), out, offset, count);
      case UINT16 -> decodeUint16(in.asShortBuffer(), out, offset, count);
      default -> decodeBytes(in, out, offset, count);
    }
  }

  private static void decodeFloat32(FloatBuffer in, double[] out, int offset, int count) {
    for (int i = 0; i < count; i++) {
      out[offset + i] = in.get(i);
    }
  }

  private static void decodeFloat16(ShortBuffer in, double[] out, int offset, int count) {
    for (int i = 0; i < count; i++) {
      out[offset + i] = halfToFloat(in.get(i));
    }
  }

  private static void decodeInt64(LongBuffer in, double[] out, int offset, int count) {
    for (int i = 0; i < count; i++) {
      out[offset + i] = in.get(i);
    }
  }

  private static void decodeUint64(LongBuffer in, double[] out, int offset, int count) {
    for (int i = 0; i < count; i++) {
      out[offset + i] = unsignedToDouble(in.get(i));
    }
  }

  private static void decodeInt32(IntBuffer in, double[] out, int offset, int count) {
    for (int i = 0; i < count; i++) {
      out[offset + i] = in.get(i);
    }
  }

  private static void decodeUint32(IntBuffer in, double[] out, int offset, int count) {
    for (int i = 0; i < count; i++) {
      out[offset + i] = in.get(i) & 0xFFFF_FFFFL;
    }
  }

  private static void decodeInt16(ShortBuffer in, double[] out, int offset, int count) {
    for (int i = 0; i < count; i++) {
      out[offset + i] = in.get(i);
    }
  }

  private static void decodeUint16(ShortBuffer in, double[] out, int offset, int count) {
    for (int i = 0; i < count; i++) {
      out[offset + i] = in.get(i) & 0xFFFF;
    }
  }

  private void decodeBytes(ByteBuffer in, double[] out, int offset, int count) {
    int start = in.position();
    for (int i = 0; i < count; i++) {
      byte b = in.get(start + i);
      out[offset + i] = switch (this) {
        case INT8 -> b;
        case UINT8 -> b & 0xFF;
        default -> b != 0 ? 1.0 : 0.0;
      };
    }
  }

  /**
   * The value of an IEEE 754 binary16 number given by its bits. Java 17 has no
   * {@code Float.float16ToFloat}, which arrived in Java 20. Every half value is exactly
   * representable as a float, including subnormals; NaN keeps its sign and payload.
   */
  static float halfToFloat(short bits) {
    int sign = (bits & 0x8000) << 16;
    int exponent = (bits >>> 10) & 0x1F;
    int mantissa = bits & 0x3FF;
    if (exponent == 0x1F) {
      // Infinity when the mantissa is 0, NaN otherwise.
      return Float.intBitsToFloat(sign | 0x7F80_0000 | mantissa << 13);
    }
    if (exponent == 0) {
      // Zero or subnormal: mantissa * 2^-24, exact in float.
      float magnitude = mantissa * 0x1p-24f;
      return sign == 0 ? magnitude : -magnitude;
    }
    // Normal: rebias the exponent from 15 to 127 and widen the mantissa from 10 to 23 bits.
    return Float.intBitsToFloat(sign | (exponent + 112) << 23 | mantissa << 13);
  }

  /** The nearest double to a 64-bit unsigned integer held in a signed long. */
  static double unsignedToDouble(long bits) {
    if (bits >= 0) {
      return bits;
    }
    // Halve to fit a signed long, keeping the lowest bit as a sticky bit so the single
    // rounding in the conversion is still correct, then double exactly.
    return ((bits >>> 1) | (bits & 1)) * 2.0;
  }
}
