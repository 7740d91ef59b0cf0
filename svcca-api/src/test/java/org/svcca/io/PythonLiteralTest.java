package org.svcca.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PythonLiteralTest {

  @Test
  void parsesNestedDictTupleListStringIntegerAndConstants() throws Exception {
    Object value = PythonLiteral.parse(
        "{'a': (1, -2,), \"b\": ['x\\'y', True, False, None], 'c': (), 'd': (3L,)}");

    Map<?, ?> dict = (Map<?, ?>) value;
    assertEquals(List.of(BigInteger.ONE, BigInteger.valueOf(-2)), dict.get("a"));
    assertEquals(List.of("x'y", true, false, PythonLiteral.NONE), dict.get("b"));
    assertEquals(List.of(), dict.get("c"));
    assertEquals(List.of(BigInteger.valueOf(3)), dict.get("d"));
  }

  @Test
  void keepsIntegersTooLargeForALong() throws Exception {
    Object value = PythonLiteral.parse("(123456789012345678901234567890,)");

    assertEquals(List.of(new BigInteger("123456789012345678901234567890")), value);
  }

  @Test
  void reportsThePositionOfASyntaxError() {
    PythonLiteral.SyntaxError e = assertThrows(PythonLiteral.SyntaxError.class,
        () -> PythonLiteral.parse("{'a': (1 2)}"));

    assertTrue(e.getMessage().contains("expected ',' or ')' at character 9"), e.getMessage());
  }

  @Test
  void rejectsTextAfterTheLiteral() {
    assertThrows(PythonLiteral.SyntaxError.class, () -> PythonLiteral.parse("{} {}"));
  }

  @Test
  void rejectsUnterminatedString() {
    assertThrows(PythonLiteral.SyntaxError.class, () -> PythonLiteral.parse("{'descr: 1}"));
  }
}
