package org.svcca;

/** A requested backend id that is unknown or whose backend cannot run here. */
public class BackendSelectionException extends InvalidInputException {

  private static final long serialVersionUID = 1L;

  public BackendSelectionException(String message) {
    super(message);
  }
}
