package org.svcca.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ElementTypeTest {

  @Test
  void halfToFloatMatchesTheBinary16DefinitionForEveryBitPattern() {
    for (int bits = 0; bits < 1 << 16; bits++) {
      float actual = ElementType.halfToFloat((short) bits);

      int sign = bits >>> 15;
      int exponent = bits >>> 10 & 0x1F;
      int fraction = bits & 0x3FF;
      double magnitude;
      if (exponent == 0x1F) {
        magnitude = fraction == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
      } else if (exponent == 0) {
        magnitude = Math.scalb((double) fraction, -24);
      } else {
        magnitude = Math.scalb(1.0 + fraction / 1024.0, exponent - 15);
      }
      double expected = sign == 1 ? -magnitude : magnitude;
      assertEquals(expected, actual, 0.0, "bits 0x" + Integer.toHexString(bits));
      assertEquals(sign == 1, (Float.floatToRawIntBits(actual) >>> 31) == 1,
          "sign of 0x" + Integer.toHexString(bits));
    }
  }

  @Test
  void unsignedToDoubleRoundsToTheNearestDouble() {
    long[] edges = {0, 1, Long.MAX_VALUE, Long.MIN_VALUE, -1, Long.MIN_VALUE + 1024,
        Long.MIN_VALUE + 1025, Long.MIN_VALUE + 3072, -1025, -1024};
    SplittableRandom random = new SplittableRandom(20_240_601);
    for (int k = 0; k < 100_000 + edges.length; k++) {
      long bits = k < edges.length ? edges[k] : random.nextLong();

      double expected = new BigDecimal(Long.toUnsignedString(bits)).doubleValue();

      assertEquals(expected, ElementType.unsignedToDouble(bits), 0.0,
          Long.toUnsignedString(bits));
    }
  }
}
