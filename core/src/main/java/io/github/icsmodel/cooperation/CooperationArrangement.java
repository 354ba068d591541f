package io.github.icsmodel.cooperation;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.extension.Extensions;
import io.github.icsmodel.identifier.LocalId;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An arrangement through which two or more bodies co-operate: a s.75 agreement, a joint committee, a joint
 * appointment and so on. Each is an edge of the co-operation graph joining all its parties.
 */
@Value.Immutable
public abstract class CooperationArrangement implements WithCooperationArrangement {

  CooperationArrangement() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CooperationArrangement} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableCooperationArrangement.Builder {
    Builder() {}
  }

  /**
   * The arrangement's id within the configuration.
   *
   * @return the id
   */
  public abstract LocalId id();

  /**
   * What kind of arrangement it is.
   *
   * @return the kind
   */
  public abstract ArrangementKind kind();

  /**
   * Its name.
   *
   * @return the name
   */
  public abstract Optional<String> name();

  /**
   * The parties, by organisation id; at least two.
   *
   * @return the parties
   */
  public abstract Set<LocalId> parties();

  /**
   * When it took effect, if recorded.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> effectiveFrom();

  /**
   * When it ended or ends, if it does.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> effectiveTo();

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
   * Returns whether the arrangement is in effect on a date.
   *
   * @param date the date
   * @return true if effective
   */
  public final boolean isEffectiveOn(LocalDate date) {
    return effectiveFrom().map(from -> !date.isBefore(from)).orElse(true)
        && effectiveTo().map(to -> !date.isAfter(to)).orElse(true);
  }

  @Value.Check
  void check() {
    if (parties().size() < 2) {
      throw new InvalidValueException("arrangement " + id() + ": needs at least two parties");
    }
    if (effectiveFrom().isPresent() && effectiveTo().isPresent()
        && effectiveTo().get().isBefore(effectiveFrom().get())) {
      throw new InvalidValueException("arrangement " + id() + ": effectiveTo is before effectiveFrom");
    }
  }
}
