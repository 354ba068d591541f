package io.github.icsmodel.inequality;

import io.github.icsmodel.InvalidValueException;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Thrown when the input of a public-health statistical method cannot be used: a missing value, a negative
 * population, a proportion outside 0 to 1, fewer quantiles than the method needs, and the like. These mirror the
 * errors of the R package PHEindicatormethods, whose wording the message keeps where it can.
 *
 * <p>Where the problem lies in one row of the input, {@link #area()} and {@link #quantile()} say which, and the
 * message names them too.
 */
public class InequalityInputException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  private final String area;
  private final Integer quantile;

  /**
   * Creates an exception about the input as a whole, or about options.
   *
   * @param message what is wrong, in words an analyst can act on
   */
  public InequalityInputException(String message) {
    super(message);
    this.area = null;
    this.quantile = null;
  }

  /**
   * Creates an exception about one area as a whole.
   *
   * @param area the area
   * @param message what is wrong
   */
  public InequalityInputException(String area, String message) {
    super("area " + area + ": " + message);
    this.area = area;
    this.quantile = null;
  }

  /**
   * Creates an exception about one quantile of one area.
   *
   * @param area the area
   * @param quantile the quantile
   * @param message what is wrong
   */
  public InequalityInputException(String area, int quantile, String message) {
    super("area " + area + ", quantile " + quantile + ": " + message);
    this.area = area;
    this.quantile = quantile;
  }

  /**
   * The area whose input is wrong, if the problem lies in one area.
   *
   * @return the area
   */
  public Optional<String> area() {
    return Optional.ofNullable(area);
  }

  /**
   * The quantile whose input is wrong, if the problem lies in one row.
   *
   * @return the quantile
   */
  public OptionalInt quantile() {
    return quantile == null ? OptionalInt.empty() : OptionalInt.of(quantile);
  }
}
