package org.svcca.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.svcca.InvalidInputException;

/**
 * Builds the one-line messages of this package: {@code "<source>: <problem>"}, where the
 * source is the file or archive member as the caller wrote it.
 */
final class Problems {

  private Problems() {}

  static InvalidInputException invalid(String source, String problem) {
    return new InvalidInputException(oneLine(source + ": " + problem));
  }

  static InvalidInputException invalid(String source, String problem, Throwable cause) {
    return new InvalidInputException(oneLine(source + ": " + problem), cause);
  }

  /** An I/O failure while reading {@code source}, kept as the cause. */
  static InvalidInputException unreadable(String source, IOException e) {
    String why;
    if (e instanceof NoSuchFileException) {
      why = "no such file";
    } else if (e instanceof AccessDeniedException) {
      why = "permission denied";
    } else {
      why = "cannot read it: " + (e.getMessage() != null ? e.getMessage()
          : e.getClass().getSimpleName());
    }
    return invalid(source, why, e);
  }

  /** Text from a file, quoted for a message: control characters escaped, long text cut. */
  static String quote(String text, int maxChars) {
    String shown = text.length() > maxChars ? text.substring(0, maxChars) + "..." : text;
    return "'" + escape(shown) + "'";
  }

  /** Keeps a message on one line whatever a file put into it. */
  private static String oneLine(String message) {
    return escape(message);
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (Character.isISOControl(c)) {
            out.append(String.format("\\x%02x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
