package io.github.icsmodel.purpose;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.extension.Extensions;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.internal.Texts;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An objective of an integrated care system, serving one or more of the four core purposes, with the measures
 * that show progress.
 */
@Value.Immutable
public abstract class Objective implements WithObjective {

  Objective() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Objective} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableObjective.Builder {
    Builder() {}
  }

  /**
   * The objective's id within the configuration.
   *
   * @return the id
   */
  public abstract LocalId id();

  /**
   * What the objective is, such as "Close the gap in hypertension case-finding between the most and least
   * deprived quintiles".
   *
   * @return the title
   */
  public abstract String title();

  /**
   * The core purposes it serves; at least one.
   *
   * @return the purposes
   */
  public abstract Set<CorePurpose> purposes();

  /**
   * How it is measured.
   *
   * @return the measures
   */
  public abstract List<Measure> measures();

  /**
   * Local data the library carries but does not interpret.
   *
   * @return the extensions
   */
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  /**
   * Returns whether at least one measure has a baseline and a target.
   *
   * @return true if measurable
   */
  public final boolean isMeasurable() {
    return measures().stream().anyMatch(Measure::isMeasurable);
  }

  @Value.Check
  void check() {
    if (Texts.isBlank(title())) {
      throw new InvalidValueException("objective " + id() + ": title must not be blank");
    }
    if (purposes().isEmpty()) {
      throw new InvalidValueException("objective " + id() + ": must serve at least one core purpose");
    }
  }
}
