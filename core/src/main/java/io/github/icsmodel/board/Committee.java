package io.github.icsmodel.board;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.identifier.LocalIds;
import io.github.icsmodel.internal.Texts;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A committee of an integrated care board, under the arrangements for exercising functions in Schedule 1B
 * para 11: the audit committee, the remuneration committee, and others.
 */
@Value.Immutable
public abstract class Committee implements WithCommittee {

  Committee() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Committee} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableCommittee.Builder {
    Builder() {}
  }

  /**
   * The committee's id within the configuration.
   *
   * @return the id
   */
  public abstract LocalId id();

  /**
   * The committee's name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * What kind of committee it is.
   *
   * @return the kind
   */
  public abstract CommitteeKind kind();

  /**
   * Whether the committee exercises commissioning functions, so that Sch. 1B para 11(4) applies to its members.
   *
   * @return true if it does
   */
  @Value.Default
  public boolean exercisesCommissioningFunctions() {
    return false;
  }

  /**
   * The committee member who chairs it, by committee-member id.
   *
   * @return the chair
   */
  public abstract Optional<LocalId> chair();

  /**
   * The committee's members.
   *
   * @return the members
   */
  public abstract List<CommitteeMember> members();

  @Value.Check
  void check() {
    if (Texts.isBlank(name())) {
      throw new InvalidValueException("committee " + id() + ": name must not be blank");
    }
    LocalIds.requireUnique(members(), CommitteeMember::id, "members of committee " + id());
  }
}
