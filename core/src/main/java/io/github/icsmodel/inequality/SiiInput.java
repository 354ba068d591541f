package io.github.icsmodel.inequality;

import io.github.icsmodel.internal.Texts;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One quantile of one area for the slope index of inequality: a row of the data PHEindicatormethods'
 * {@code phe_sii} takes. Quantiles are deprivation quantiles such as IMD deciles, numbered from 1, the most
 * deprived.
 *
 * <p>Each row gives the indicator {@linkplain #value() value}, or, for a proportion, the {@linkplain #count()
 * count} with the attribute, from which the value is count/population. Its uncertainty is either a
 * {@linkplain #standardError() standard error} or the 95% {@linkplain #lowerLimit() lower} and
 * {@linkplain #upperLimit() upper} confidence limits of the value. If both are given the standard error is used,
 * as in the package. For a rate or a proportion the standard error must be on the log or logit scale; limits are
 * given on the indicator's own scale and are always 95% limits, whatever confidence the SII is calculated at.
 *
 * <p>The builder checks only that the area is named; whether a row can be used is checked by
 * {@link SlopeIndexOfInequality}, which names the area and quantile of the first row it cannot use. Build with
 * {@code SiiInput.builder().area("E06000001").quantile(1).population(7291).value(75.9).lowerLimit(72.7)
 * .upperLimit(79.1).build()}.
 */
@Value.Immutable
public abstract class SiiInput implements WithSiiInput {

  /** Package-private: build through {@link #builder()}. */
  SiiInput() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SiiInput} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableSiiInput.Builder {
    Builder() {}
  }

  /**
   * The area (or any other group) the row belongs to; one SII is calculated per area. For ungrouped data give every
   * row the same area.
   *
   * @return the area, not blank
   */
  public abstract String area();

  /**
   * The quantile number, 1 for the most deprived. Quantiles are put in ascending order within each area.
   *
   * @return the quantile
   */
  public abstract int quantile();

  /**
   * The population of the quantile (the denominator). It must be positive.
   *
   * @return the population
   */
  public abstract double population();

  /**
   * The indicator value for the quantile: life expectancy in years, a rate, a proportion between 0 and 1 and so on.
   *
   * @return the value, or empty if the count gives it
   */
  public abstract OptionalDouble value();

  /**
   * For a proportion, the number in the quantile with the attribute; the value is then count/population. Used only
   * when no {@link #value()} is given.
   *
   * @return the count, or empty
   */
  public abstract OptionalDouble count();

  /**
   * The 95% lower confidence limit of the value, on the indicator's scale.
   *
   * @return the limit, or empty if a standard error is given
   */
  public abstract OptionalDouble lowerLimit();

  /**
   * The 95% upper confidence limit of the value, on the indicator's scale.
   *
   * @return the limit, or empty if a standard error is given
   */
  public abstract OptionalDouble upperLimit();

  /**
   * The standard error of the value: on the indicator's scale for {@link SiiValueType#OTHER}, of the log of a rate
   * for {@link SiiValueType#RATE}, and of the logit of a proportion for {@link SiiValueType#PROPORTION}.
   *
   * @return the standard error, or empty if confidence limits are given
   */
  public abstract OptionalDouble standardError();

  /** Whether the standard error is given and not NaN; otherwise the confidence limits give it. */
  final boolean hasStandardError() {
    return standardError().isPresent() && !Double.isNaN(standardError().getAsDouble());
  }

  /** Whether the value is given and not NaN; otherwise the count gives it. */
  final boolean hasValue() {
    return value().isPresent() && !Double.isNaN(value().getAsDouble());
  }

  /** The value, or count/population when no value is given; NaN if neither is. */
  final double indicatorValue() {
    if (hasValue()) {
      return value().getAsDouble();
    }
    return count().isPresent() ? count().getAsDouble() / population() : Double.NaN;
  }

  @Value.Check
  void check() {
    if (Texts.isBlank(area())) {
      throw new InequalityInputException("an SII input row must name its area");
    }
  }
}
