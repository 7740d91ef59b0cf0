package org.svcca;

/**
 * Bad input: a shape, value, file or option that the caller can fix. The message names the
 * input and what is wrong with it, in one line fit to show a user as is.
 */
public class InvalidInputException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public InvalidInputException(String message) {
    super(message);
  }

  public InvalidInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
