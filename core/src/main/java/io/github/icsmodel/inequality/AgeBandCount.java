package io.github.icsmodel.inequality;

import io.github.icsmodel.internal.Texts;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One age band of an area for a directly standardised rate: the events observed in the band, the band's
 * population, and the weight the standard population (such as the European Standard Population 2013) gives it.
 *
 * <p>For events that are not independent (people who can have several events, such as repeat admissions),
 * {@link #eventFrequency()} is the number of events each person had, and {@link #count()} the number of
 * <em>people</em> in the band who had that many; each band then appears once per frequency, with the same
 * population and standard population. This is the layout of PHEindicatormethods' {@code calculate_dsr} with
 * {@code independent_events = FALSE}.
 *
 * <p>Build with {@code AgeBandCount.builder().ageBand("0-4").count(127).population(636).standardPopulation(5000)
 * .build()}.
 */
@Value.Immutable
public abstract class AgeBandCount implements WithAgeBandCount {

  /** Package-private: build through {@link #builder()}. */
  AgeBandCount() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AgeBandCount} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableAgeBandCount.Builder {
    Builder() {}
  }

  /**
   * The label of the age band, such as {@code "0-4"} or {@code "90+"}; it names the band in messages and links the
   * rows of one band when events are not independent.
   *
   * @return the label
   */
  public abstract String ageBand();

  /**
   * The number of events in the band; with an {@link #eventFrequency()}, the number of people with that many
   * events. A band with no recorded events has a count of 0, which is also how the package treats a missing
   * count.
   *
   * @return the count, not negative
   */
  public abstract double count();

  /**
   * The population of the band (the denominator).
   *
   * @return the population, positive
   */
  public abstract double population();

  /**
   * The standard population of the band (its weight).
   *
   * @return the standard population, not negative
   */
  public abstract double standardPopulation();

  /**
   * For events that are not independent, the number of events each of the {@link #count()} people had.
   *
   * @return the events per person, or empty for independent events
   */
  public abstract OptionalInt eventFrequency();

  @Value.Check
  void check() {
    if (Texts.isBlank(ageBand())) {
      throw new InequalityInputException("an age band must have a label");
    }
  }
}
