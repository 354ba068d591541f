package io.github.icsmodel.system;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.internal.Texts;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A neighbourhood: the smallest tier of an integrated care system, around 30,000 to 50,000 people, where groups
 * of GP practices work with community services, social care and others, including through primary care networks.
 */
@Value.Immutable
public abstract class Neighbourhood implements WithNeighbourhood {

  Neighbourhood() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Neighbourhood} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableNeighbourhood.Builder {
    Builder() {}
  }

  /**
   * The neighbourhood's id within the configuration.
   *
   * @return the id
   */
  public abstract LocalId id();

  /**
   * Its name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The place it belongs to, by place id.
   *
   * @return the place
   */
  public abstract Optional<LocalId> place();

  /**
   * The primary care networks in it, by id.
   *
   * @return the networks
   */
  public abstract Set<LocalId> primaryCareNetworks();

  /**
   * Its population, if recorded.
   *
   * @return the population
   */
  public abstract OptionalInt population();

  @Value.Check
  void check() {
    if (Texts.isBlank(name())) {
      throw new InvalidValueException("neighbourhood " + id() + ": name must not be blank");
    }
    if (population().isPresent() && population().getAsInt() < 0) {
      throw new InvalidValueException("neighbourhood " + id() + ": population must not be negative");
    }
  }
}
