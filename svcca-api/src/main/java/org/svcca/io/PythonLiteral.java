package org.svcca.io;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parser for the subset of Python literal syntax that NumPy writes into a {@code .npy}
 * header: dicts, tuples, lists, quoted strings, integers, {@code True}, {@code False} and
 * {@code None}.
 *
 * <p>Values come back as {@link Map} (insertion ordered), {@link List} (for tuples and lists
 * alike), {@link String}, {@link BigInteger} (so an absurd dimension is seen as such rather
 * than wrapped round), {@link Boolean}, and {@link #NONE}. Integers may carry the {@code L}
 * suffix that Python 2 wrote into old files.
 */
final class PythonLiteral {

  /** Python's {@code None}. */
  static final Object NONE = new Object() {
    @Override
    public String toString() {
      return "None";
    }
  };

  /** Why a text is not a literal, with the 0-based character position. */
  static final class SyntaxError extends Exception {
    private static final long serialVersionUID = 1L;

    SyntaxError(String message) {
      super(message);
    }
  }

  private final String text;
  private int pos;

  private PythonLiteral(String text) {
    this.text = text;
  }

  /** Parses {@code text} as one literal followed by nothing but whitespace. */
  static Object parse(String text) throws SyntaxError {
    PythonLiteral parser = new PythonLiteral(text);
    Object value = parser.value();
    parser.skipSpace();
    if (parser.pos < text.length()) {
      throw parser.error("unexpected text after the literal");
    }
    return value;
  }

  private Object value() throws SyntaxError {
    skipSpace();
    if (pos >= text.length()) {
      throw error("the text ends where a value should be");
    }
    char c = text.charAt(pos);
    return switch (c) {
      case '{' -> dict();
      case '(' -> sequence(')');
      case '[' -> sequence(']');
      case '\'', '"' -> string();
      default -> c == '-' || c == '+' || Character.isDigit(c) ? integer() : word();
    };
  }

  private Map<String, Object> dict() throws SyntaxError {
    Map<String, Object> entries = new LinkedHashMap<>();
    pos++;
    while (!closes('}')) {
      skipSpace();
      if (pos >= text.length() || (peek() != '\'' && peek() != '"')) {
        throw error("expected a quoted key");
      }
      String key = string();
      expect(':');
      entries.put(key, value());
      if (!separates('}')) {
        throw error("expected ',' or '}'");
      }
    }
    return entries;
  }

  private List<Object> sequence(char close) throws SyntaxError {
    List<Object> items = new ArrayList<>();
    pos++;
    while (!closes(close)) {
      items.add(value());
      if (!separates(close)) {
        throw error("expected ',' or '" + close + "'");
      }
    }
    return items;
  }

  /** Consumes the closing bracket if it comes next. */
  private boolean closes(char close) {
    skipSpace();
    if (pos < text.length() && peek() == close) {
      pos++;
      return true;
    }
    return false;
  }

  /** After an item: consumes a comma, or sees the closing bracket without consuming it. */
  private boolean separates(char close) {
    skipSpace();
    if (pos < text.length() && peek() == ',') {
      pos++;
      return true;
    }
    return pos < text.length() && peek() == close;
  }

  private String string() throws SyntaxError {
    char quote = text.charAt(pos++);
    StringBuilder out = new StringBuilder();
    while (pos < text.length() && peek() != quote) {
      char c = text.charAt(pos++);
      if (c == '\\' && pos < text.length()) {
        c = text.charAt(pos++);
      }
      out.append(c);
    }
    if (pos >= text.length()) {
      throw error("unterminated string");
    }
    pos++;
    return out.toString();
  }

  private BigInteger integer() throws SyntaxError {
    int start = pos;
    if (peek() == '-' || peek() == '+') {
      pos++;
    }
    while (pos < text.length() && Character.isDigit(peek())) {
      pos++;
    }
    if (pos == start + 1 && !Character.isDigit(text.charAt(start))) {
      throw error("a sign without digits");
    }
    BigInteger value = new BigInteger(text.substring(start, pos));
    if (pos < text.length() && (peek() == 'L' || peek() == 'l')) {
      pos++;
    }
    return value;
  }

  private Object word() throws SyntaxError {
    int start = pos;
    while (pos < text.length() && Character.isLetter(peek())) {
      pos++;
    }
    return switch (text.substring(start, pos)) {
      case "True" -> Boolean.TRUE;
      case "False" -> Boolean.FALSE;
      case "None" -> NONE;
      default -> {
        pos = start;
        throw error("unexpected character '" + peek() + "'");
      }
    };
  }

  private void expect(char c) throws SyntaxError {
    skipSpace();
    if (pos >= text.length() || peek() != c) {
      throw error("expected '" + c + "'");
    }
    pos++;
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(peek())) {
      pos++;
    }
  }

  private char peek() {
    return text.charAt(pos);
  }

  private SyntaxError error(String problem) {
    return new SyntaxError(problem + " at character " + pos);
  }
}
