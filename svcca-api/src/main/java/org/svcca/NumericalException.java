package org.svcca;

/**
 * A numerical failure on input that was accepted: a decomposition that did not converge or a
 * result that is not finite. Unlike {@link InvalidInputException} it points at this library
 * or its backend rather than at the caller.
 */
public class NumericalException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  public NumericalException(String message) {
    super(message);
  }

  public NumericalException(String message, Throwable cause) {
    super(message, cause);
  }
}
