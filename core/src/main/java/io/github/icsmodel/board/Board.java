package io.github.icsmodel.board;

import com.google.common.collect.ImmutableList;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.identifier.LocalIds;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The board of an integrated care board: everyone at its table, members and non-voting participants.
 *
 * <p>Schedule 1B para 3(1) requires "a chair", "a chief executive" and "at least three other members". The model
 * does not enforce this (a board under construction may lack a chair); validation reports it.
 */
@Value.Immutable
public abstract class Board implements WithBoard {

  Board() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Board} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableBoard.Builder {
    Builder() {}
  }

  /**
   * Returns an empty board.
   *
   * @return a board with no members
   */
  public static Board empty() {
    return builder().build();
  }

  /**
   * Everyone at the board's table, in the configuration's order.
   *
   * @return the members and participants
   */
  public abstract List<BoardMember> members();

  /**
   * The seats recorded as vacant.
   *
   * @return the vacancies, in the configuration's order
   */
  public abstract List<Vacancy> vacancies();

  /**
   * The seats whose holders the configuration does not yet record (see {@link UnrecordedSeat}): places to fill in.
   * They count towards nothing, and no requirement they could meet is reported as breached.
   *
   * @return the unrecorded seats, in the configuration's order
   */
  public abstract List<UnrecordedSeat> unrecordedSeats();

  /**
   * Returns the voting members with the given role.
   *
   * @param role the role
   * @return the voting members in that role, in order
   */
  public final List<BoardMember> votingMembers(MemberRole role) {
    return members().stream()
        .filter(m -> m.isVotingMember() && m.role() == role)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Finds a member or participant by id.
   *
   * @param id the id
   * @return the member, if present
   */
  public final Optional<BoardMember> member(LocalId id) {
    return members().stream().filter(m -> m.id().equals(id)).findFirst();
  }

  @Value.Check
  void check() {
    LocalIds.requireUnique(members(), BoardMember::id, "board members");
    LocalIds.requireUnique(vacancies(), Vacancy::id, "board vacancies");
    LocalIds.requireUnique(unrecordedSeats(), UnrecordedSeat::id, "unrecorded board seats");
  }
}
