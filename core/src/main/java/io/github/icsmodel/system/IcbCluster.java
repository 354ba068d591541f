package io.github.icsmodel.system;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.internal.Texts;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A cluster of integrated care boards: legally separate ICBs, "with their own financial allocations", that share
 * a senior leadership team (Written Ministerial Statement, 9 September 2025). A chair or chief executive shared
 * across the cluster appears on the board of each member ICB under the same board-member id, listed in
 * {@link #sharedLeaders()}.
 */
@Value.Immutable
public abstract class IcbCluster {

  IcbCluster() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableIcbCluster.Builder builder() {
    return ImmutableIcbCluster.builder();
  }

  /**
   * The cluster's id within the configuration.
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
   * The systems whose ICBs are in the cluster, by system id; at least two.
   *
   * @return the member systems
   */
  public abstract Set<LocalId> systems();

  /**
   * The board members shared across the member ICBs, by board-member id.
   *
   * @return the shared leaders
   */
  public abstract Set<LocalId> sharedLeaders();

  /**
   * When the cluster started.
   *
   * @return the date
   */
  public abstract LocalDate startedOn();

  /**
   * When it ended, if it has.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> endedOn();

  @Value.Check
  void check() {
    if (Texts.isBlank(name())) {
      throw new InvalidValueException("cluster " + id() + ": name must not be blank");
    }
    if (systems().size() < 2) {
      throw new InvalidValueException("cluster " + id() + ": needs at least two systems");
    }
    if (endedOn().isPresent() && endedOn().get().isBefore(startedOn())) {
      throw new InvalidValueException("cluster " + id() + ": endedOn is before startedOn");
    }
  }
}
