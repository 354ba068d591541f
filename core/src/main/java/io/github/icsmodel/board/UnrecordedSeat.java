package io.github.icsmodel.board;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.identifier.LocalId;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A seat on the board whose holder the configuration does not yet record: a place to fill in, as {@code ics init}
 * writes one for each seat that Schedule 1B to the NHS Act 2006 and NHS England policy require. It states no fact
 * about the board: not that the seat is held, nor that it is vacant (that is a {@link Vacancy}).
 *
 * <p>Not recorded is not false. An unrecorded seat counts towards no requirement of the board's composition, and
 * no requirement that it could meet is reported as breached: validation reports the seat instead, as a WARNING
 * ({@code board.seat-unrecorded}) saying what to record. Record the holder by moving the seat to the board's
 * {@link Board#members() members} with the holder's name and facts, or to its {@link Board#vacancies() vacancies}
 * if nobody holds it.
 */
@Value.Immutable
public abstract class UnrecordedSeat implements WithUnrecordedSeat {

  UnrecordedSeat() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link UnrecordedSeat} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableUnrecordedSeat.Builder {
    Builder() {}
  }

  /**
   * The seat's id within the configuration, such as {@code chair}; the id the member gets once recorded.
   *
   * @return the id
   */
  public abstract LocalId id();

  /**
   * The role of the seat: the chair, the chief executive or an ordinary member. A non-voting participant is not a
   * member and has no seat to fill.
   *
   * @return the role
   */
  public abstract MemberRole role();

  /**
   * For an ordinary member's seat, which kind.
   *
   * @return the kind
   */
  public abstract Optional<OrdinaryMemberKind> ordinaryMemberKind();

  /**
   * For an executive member's seat, the portfolios it carries.
   *
   * @return the portfolios
   */
  public abstract Set<ExecutivePortfolio> portfolios();

  /**
   * The post's title as the ICB gives it, if the configuration records it.
   *
   * @return the title
   */
  public abstract Optional<String> postTitle();

  /**
   * Returns whether the seat is an ordinary member's seat of the given kind.
   *
   * @param kind the kind
   * @return true for an ordinary member's seat of that kind
   */
  public final boolean isOrdinaryMember(OrdinaryMemberKind kind) {
    return role() == MemberRole.ORDINARY_MEMBER && ordinaryMemberKind().equals(Optional.of(kind));
  }

  @Value.Check
  void check() {
    if (role() == MemberRole.PARTICIPANT) {
      throw new InvalidValueException("unrecorded seat " + id() + ": a participant is not a member and has no seat"
          + " on the board; record the participant among the members when known");
    }
    if (role() != MemberRole.ORDINARY_MEMBER && ordinaryMemberKind().isPresent()) {
      throw new InvalidValueException(
          "unrecorded seat " + id() + ": only an ordinary member's seat has an ordinaryMemberKind");
    }
    if (postTitle().isPresent() && postTitle().get().isBlank()) {
      throw new InvalidValueException("unrecorded seat " + id() + ": postTitle must not be blank");
    }
  }
}
