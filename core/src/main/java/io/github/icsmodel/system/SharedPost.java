package io.github.icsmodel.system;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.board.MemberRole;
import io.github.icsmodel.identifier.LocalId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A post shared by the integrated care boards of a {@link IcbCluster}: one person as chair, or as chief executive,
 * of each ICB in the cluster, for a period. Each ICB remains a separate legal body ("clustering ICBs remain legally
 * separate organisations", Written Ministerial Statement HCWS915, 9 September 2025), so the person holds the post
 * at each ICB separately and must be eligible at each: the {@link #member()} id names the person on the board of
 * every ICB in the cluster.
 */
@Value.Immutable
public abstract class SharedPost implements WithSharedPost {

  SharedPost() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SharedPost} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableSharedPost.Builder {
    Builder() {}
  }

  /**
   * The post: {@link MemberRole#CHAIR} or {@link MemberRole#CHIEF_EXECUTIVE}.
   *
   * @return the role
   */
  public abstract MemberRole role();

  /**
   * The person's board-member id, the same on the board of each ICB in the cluster.
   *
   * @return the member id
   */
  public abstract LocalId member();

  /**
   * The first day the post was shared.
   *
   * @return the date
   */
  public abstract LocalDate sharedFrom();

  /**
   * The last day the post was shared, if it has stopped being shared.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> sharedUntil();

  /**
   * Returns whether the post is shared on a date.
   *
   * @param date the date
   * @return true from {@link #sharedFrom()} to {@link #sharedUntil()} inclusive
   */
  public final boolean isSharedOn(LocalDate date) {
    return !date.isBefore(sharedFrom()) && sharedUntil().map(u -> !date.isAfter(u)).orElse(true);
  }

  @Value.Check
  void check() {
    if (role() != MemberRole.CHAIR && role() != MemberRole.CHIEF_EXECUTIVE) {
      throw new InvalidValueException(
          "shared post of " + member() + ": only the chair or the chief executive is shared in a cluster, not "
              + role());
    }
    if (sharedUntil().isPresent() && sharedUntil().get().isBefore(sharedFrom())) {
      throw new InvalidValueException("shared post of " + member() + ": until is before from");
    }
  }
}
