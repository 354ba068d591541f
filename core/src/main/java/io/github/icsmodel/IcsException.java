package io.github.icsmodel;

/**
 * The root of every exception that icsmodel throws on purpose.
 *
 * <p>Like {@code java.time.DateTimeException}, it is unchecked: a caller that wants to handle any problem the
 * library reports catches this one type. Subtypes carry structured detail, for example the location of a problem
 * in a JSON document.
 *
 * <p>Validation never throws this exception for data that is well formed but unlawful: it reports findings
 * instead. This exception signals values that cannot be represented at all, and input that cannot be read.
 */
public class IcsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong, in words a governance officer can act on
   */
  public IcsException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong
   * @param cause the underlying cause
   */
  public IcsException(String message, Throwable cause) {
    super(message, cause);
  }
}
