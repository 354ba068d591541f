package io.github.icsmodel.board;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.internal.Texts;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A member of a committee of an integrated care board. Committees may include people who are not members of the
 * board (Sch. 1B para 11); a committee member who is a board member names that member.
 */
@Value.Immutable
public abstract class CommitteeMember implements WithCommitteeMember {

  CommitteeMember() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CommitteeMember} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableCommitteeMember.Builder {
    Builder() {}
  }

  /**
   * Returns a committee member who is a member of the board.
   *
   * @param boardMember the board member's id
   * @return the committee member, whose id is the board member's
   */
  public static CommitteeMember ofBoardMember(LocalId boardMember) {
    return builder().id(boardMember).boardMember(boardMember).build();
  }

  /**
   * The committee member's id within the configuration.
   *
   * @return the id
   */
  public abstract LocalId id();

  /**
   * The name, for a member who is not on the board.
   *
   * @return the name
   */
  public abstract Optional<String> name();

  /**
   * The board member this person is, if they sit on the board.
   *
   * @return the board member's id
   */
  public abstract Optional<LocalId> boardMember();

  /**
   * The person, by an id shared across seats (see {@link BoardMember#person()}), for a member who is not on the
   * board. For board members, the board record says.
   *
   * @return the person's id
   */
  public abstract Optional<LocalId> person();

  /**
   * Whether a member who is not on the board is an employee of the ICB: true, false, or empty if not recorded. For
   * board members, the board record says.
   *
   * @return the fact, or empty if not recorded
   */
  public abstract Optional<Boolean> employedByIcb();

  /**
   * Involvement with the private healthcare sector, for a member who is not on the board (Sch. 1B para 11(4)).
   *
   * @return the involvement
   */
  public abstract Optional<PrivateHealthcareInvolvement> privateHealthcareInvolvement();

  /**
   * Whether the chair of the ICB approved or appointed this member, where the committee exercises commissioning
   * functions (Sch. 1B para 11(4)(a)): empty when the configuration does not record it, which is not the same as
   * {@code false}.
   *
   * @return whether approved or appointed by the chair, if recorded
   */
  public abstract Optional<Boolean> approvedByChair();

  @Value.Check
  void check() {
    if (boardMember().isEmpty() && name().map(Texts::isBlank).orElse(true)) {
      throw new InvalidValueException(
          "committee member " + id() + ": a member who is not on the board must have a name");
    }
  }
}
