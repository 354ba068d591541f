package io.github.icsmodel.purpose;

import io.github.icsmodel.identifier.LocalId;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How an objective is measured: an indicator, a baseline and a target. An objective with all three is
 * <em>measurable</em>. Later measurements record progress.
 */
@Value.Immutable
public abstract class Measure implements WithMeasure {

  Measure() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Measure} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableMeasure.Builder {
    Builder() {}
  }

  /**
   * The indicator, by its id in the configuration.
   *
   * @return the indicator's id
   */
  public abstract LocalId indicator();

  /**
   * The baseline: the value at the start.
   *
   * @return the baseline
   */
  public abstract Optional<MeasuredValue> baseline();

  /**
   * The target: the value to reach, and by when.
   *
   * @return the target
   */
  public abstract Optional<MeasuredValue> target();

  /**
   * Measurements since the baseline, in date order.
   *
   * @return the measurements
   */
  public abstract List<MeasuredValue> measurements();

  /**
   * Returns whether the measure has a baseline and a target.
   *
   * @return true if measurable
   */
  public final boolean isMeasurable() {
    return baseline().isPresent() && target().isPresent();
  }
}
