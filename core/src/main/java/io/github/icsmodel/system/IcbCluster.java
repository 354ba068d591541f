package io.github.icsmodel.system;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.internal.Texts;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A cluster of integrated care boards: legally separate ICBs, "with their own financial allocations", that share
 * a senior leadership team (Written Ministerial Statement, 9 September 2025). A chair or chief executive shared
 * across the cluster appears on the board of each member ICB under the same board-member id, listed in
 * {@link #sharedLeaders()}; {@link #sharedPosts()} says which post each holds, and from when to when. In 2025/26
 * England's 42 ICBs had 26 leadership teams; several clusters merged on 1 April 2026.
 */
@Value.Immutable
public abstract class IcbCluster implements WithIcbCluster {

  IcbCluster() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link IcbCluster} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableIcbCluster.Builder {
    Builder() {}
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
   * The chair and chief executive posts shared across the member ICBs, with their dates. The validator checks each
   * at each ICB ({@code cluster.shared-chair-at-each-icb}, {@code cluster.shared-chief-executive-at-each-icb}).
   *
   * @return the shared posts
   */
  public abstract List<SharedPost> sharedPosts();

  /**
   * Returns whether the cluster is in being on a date.
   *
   * @param date the date
   * @return true from {@link #startedOn()} to {@link #endedOn()} inclusive
   */
  public final boolean isInBeingOn(LocalDate date) {
    return !date.isBefore(startedOn()) && endedOn().map(e -> !date.isAfter(e)).orElse(true);
  }

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
