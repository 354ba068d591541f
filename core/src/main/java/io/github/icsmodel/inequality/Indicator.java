package io.github.icsmodel.inequality;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.extension.Extensions;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.internal.Texts;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An indicator a system uses to measure inequalities: what it measures (access, experience or outcome), its value
 * type and multiplier, whether higher is better, and where its data come from.
 */
@Value.Immutable
public abstract class Indicator implements WithIndicator {

  Indicator() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Indicator} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }

  /**
   * The indicator's id within the configuration.
   *
   * @return the id
   */
  public abstract LocalId id();

  /**
   * Its name, such as "Hypertension patients treated to target".
   *
   * @return the name
   */
  public abstract String name();

  /**
   * What it measures.
   *
   * @return the domain
   */
  public abstract IndicatorDomain domain();

  /**
   * Its value type.
   *
   * @return the value type
   */
  public abstract IndicatorValueType valueType();

  /**
   * The multiplier applied to values, such as 100 for a percentage or 100,000 for a rate per 100,000.
   *
   * @return the multiplier, 1 by default
   */
  @Value.Default
  public BigDecimal multiplier() {
    return BigDecimal.ONE;
  }

  /**
   * Whether a higher value is better; empty where neither direction is better.
   *
   * @return the polarity
   */
  public abstract Optional<Boolean> higherIsBetter();

  /**
   * Where the data come from, such as "QOF" or "Fingertips".
   *
   * @return the source
   */
  public abstract Optional<String> source();

  /**
   * The indicator's values: overall and broken down, for one or more periods.
   *
   * @return the values
   */
  public abstract List<IndicatorValue> values();

  /**
   * Returns the breakdown dimensions for which the indicator has values.
   *
   * @return the dimensions present
   */
  public final Set<BreakdownDimension> dimensions() {
    Set<BreakdownDimension> dimensions = EnumSet.noneOf(BreakdownDimension.class);
    values().forEach(v -> v.dimension().ifPresent(dimensions::add));
    return dimensions;
  }

  /**
   * Local data the library carries but does not interpret.
   *
   * @return the extensions
   */
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  @Value.Check
  void check() {
    if (Texts.isBlank(name())) {
      throw new InvalidValueException("indicator " + id() + ": name must not be blank");
    }
    if (multiplier().signum() <= 0) {
      throw new InvalidValueException("indicator " + id() + ": multiplier must be positive");
    }
  }
}
