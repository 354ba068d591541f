package io.github.icsmodel.validation.board;

import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.ExecutivePortfolio;
import io.github.icsmodel.board.MemberRole;
import io.github.icsmodel.board.OrdinaryMemberKind;
import io.github.icsmodel.board.UnrecordedSeat;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code board.seat-unrecorded}: the configuration records who holds each seat of the board. Reported for each
 * {@linkplain io.github.icsmodel.board.Board#unrecordedSeats() unrecorded seat}, such as those {@code ics init}
 * writes, saying what to record. Schedule 1B para 3(1) to the NHS Act 2006 requires a chair, a chief executive and
 * at least three ordinary members; an unrecorded seat counts towards none of them, and the composition rules do not
 * report a shortfall that the seat could make up. A WARNING: the seat may well be filled, but the configuration does
 * not show it. A seat that is also recorded among the members (the same id) is reported as still to be removed
 * from the unrecorded seats.
 */
final class SeatUnrecordedRule extends AbstractRule {
  /** Creates the rule. */
  SeatUnrecordedRule() {
    super(
        "board.seat-unrecorded",
        Severity.WARNING,
        BoardProvisions.paragraph("3", "(1)"),
        "The configuration records who holds each seat of the board",
        "Move the seat from unrecordedSeats to members and record its holder: name, appointedBy, approvedBy,"
            + " appointedOn and termEndsOn, and for a partner member who nominated them (nominatedBy or"
            + " nominatingConstituency). If nobody holds the seat, move it to vacancies instead.",
        BoardProvisions.PARA_3_1);
  }

  @Override
  public void check(RuleContext context) {
    List<UnrecordedSeat> seats = BoardPaths.boardOf(context).unrecordedSeats();
    List<BoardMember> members = BoardPaths.boardOf(context).members();
    for (int i = 0; i < seats.size(); i++) {
      UnrecordedSeat seat = seats.get(i);
      Optional<Integer> recorded = indexOf(members, seat);
      if (recorded.isPresent()) {
        context.report(BoardPaths.board(context).property("unrecordedSeats").index(i), seat.id(),
            "The seat " + seat.id() + " is recorded among the members ("
                + BoardPaths.member(context, recorded.get()) + ") and still listed among the unrecorded seats:"
                + " remove it from unrecordedSeats.");
        continue;
      }
      context.report(BoardPaths.board(context).property("unrecordedSeats").index(i), seat.id(),
          "Who holds the seat " + seat.id() + " (" + describe(seat) + ") is not recorded, so the configuration"
              + " does not show it filled. Move it to members and record " + toRecord(seat)
              + "; if nobody holds it, move it to vacancies.");
    }
  }

  private static Optional<Integer> indexOf(List<BoardMember> members, UnrecordedSeat seat) {
    for (int m = 0; m < members.size(); m++) {
      if (members.get(m).id().equals(seat.id())) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** The seat in words, with what requires it. */
  static String describe(UnrecordedSeat seat) {
    if (seat.role() == MemberRole.CHAIR) {
      return "the chair, NHS Act 2006 Sch. 1B para 3(1)(a)";
    }
    if (seat.role() == MemberRole.CHIEF_EXECUTIVE) {
      return "the chief executive, NHS Act 2006 Sch. 1B para 3(1)(b)";
    }
    Optional<PartnerMemberLimb> limb = seat.ordinaryMemberKind().flatMap(PartnerMemberLimb::of);
    if (limb.isPresent()) {
      return "the partner member nominated jointly by " + limb.get().description + ", NHS Act 2006 Sch. 1B para"
          + " 8(2)" + limb.get().letter;
    }
    if (seat.isOrdinaryMember(OrdinaryMemberKind.EXECUTIVE_MEMBER) && !seat.portfolios().isEmpty()) {
      return "the executive member who is the " + seat.portfolios().stream().map(SeatUnrecordedRule::title)
          .collect(Collectors.joining(" and the ")) + ", NHS England's model ICB constitution";
    }
    if (seat.isOrdinaryMember(OrdinaryMemberKind.NON_EXECUTIVE_MEMBER)) {
      return "a non-executive member, NHS England's model ICB constitution";
    }
    return "an ordinary member, NHS Act 2006 Sch. 1B para 3(1)(c)";
  }

  private static String title(ExecutivePortfolio portfolio) {
    switch (portfolio) {
      case FINANCE:
        return "director of finance (chief finance officer)";
      case MEDICAL:
        return "medical director";
      case NURSING:
        return "director of nursing";
      default:
        return "holder of another executive portfolio";
    }
  }

  /** The facts to record for the holder of a seat, as property names. */
  private static String toRecord(UnrecordedSeat seat) {
    if (seat.role() == MemberRole.CHAIR) {
      return "the holder's name, appointedBy, approvedBy, appointedOn and termEndsOn";
    }
    if (seat.role() == MemberRole.CHIEF_EXECUTIVE) {
      return "the holder's name, appointedBy, approvedBy, employedByIcb and appointedOn";
    }
    if (seat.ordinaryMemberKind().flatMap(PartnerMemberLimb::of).isPresent()) {
      return "the holder's name, who nominated them (nominatedBy or nominatingConstituency) and when (nominatedOn),"
          + " appointedBy, approvedBy, appointedOn and termEndsOn";
    }
    if (seat.isOrdinaryMember(OrdinaryMemberKind.EXECUTIVE_MEMBER)) {
      return "the holder's name, appointedBy, approvedBy, employedByIcb and appointedOn";
    }
    return "the holder's name, appointedBy, approvedBy, appointedOn and termEndsOn";
  }
}
