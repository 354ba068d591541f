package io.github.icsmodel;

/**
 * Thrown when a value cannot be represented at all: an identifier in the wrong format, a blank name, a builder
 * missing a required attribute, or two entries with the same id inside one list.
 *
 * <p>Whether a well-formed configuration is <em>lawful</em> is a different question, answered by validation
 * findings, never by this exception.
 */
public class InvalidValueException extends IcsException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what is wrong with the value
   */
  public InvalidValueException(String message) {
    super(message);
  }
}
