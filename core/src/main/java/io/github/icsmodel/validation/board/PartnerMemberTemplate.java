package io.github.icsmodel.validation.board;

import com.google.common.collect.ImmutableMap;
import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.identifier.GssCode;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import io.github.icsmodel.validation.area.IcbArea;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A rule that the ordinary members include at least one member nominated jointly by the constituency of a limb of
 * Sch. 1B para 8(2).
 *
 * <p>A voting partner member of the limb's kind, in office on the validation date, counts unless the configuration
 * records a nomination that cannot be the limb's: a stated constituency of another limb, or a nominating body of
 * the wrong kind (or, for local authorities, one whose area is known not to touch the ICB's area). Each such member
 * is reported at the nomination, and if nobody counts, the shortfall at {@code /icb/board/members}. People are
 * counted, not seats. With nobody counting, an unrecorded seat of the limb's kind means the configuration does
 * not show the shortfall (not recorded is not false): {@code board.seat-unrecorded} reports the seat instead. A member whose nomination is not recorded counts (not recorded is not false); {@code
 * board.partner-member-nomination-unrecorded} says the configuration does not show it. Whether the nomination is
 * joint is {@code board.partner-member-joint-nomination}'s concern.
 */
abstract class PartnerMemberTemplate extends AbstractRule {
  private final PartnerMemberLimb limb;
  private final ImmutableMap<GssCode, GssCode> districtCounties;

  PartnerMemberTemplate(String id, PartnerMemberLimb limb, Map<GssCode, GssCode> districtCounties) {
    super(
        id,
        Severity.ERROR,
        BoardProvisions.paragraph("8", "(2)" + limb.letter),
        "The ordinary members include at least one member nominated jointly by " + limb.description,
        "Appoint a voting ordinary member nominated jointly by " + limb.description + ", and record the nomination"
            + " (nominatedBy or nominatingConstituency). Nothing caps the number of partner members.",
        BoardProvisions.PARA_8_2);
    this.limb = limb;
    this.districtCounties = ImmutableMap.copyOf(districtCounties);
  }

  @Override
  public final void check(RuleContext context) {
    IcbArea area = PartnerMemberLimb.area(context, districtCounties);
    Set<LocalId> people = new HashSet<>();
    List<BoardMember> members = BoardPaths.boardOf(context).members();
    for (int i = 0; i < members.size(); i++) {
      BoardMember member = members.get(i);
      if (!limb.sits(member, context)) {
        continue;
      }
      Optional<String> wrong = wrongNomination(member, context, area);
      if (wrong.isEmpty()) {
        people.add(member.personId());
        continue;
      }
      String property = member.nominatingConstituency().isPresent() && !member.nominatingConstituency().get()
          .equals(limb.constituency) ? "nominatingConstituency" : "nominatedBy";
      context.report(BoardPaths.member(context, i).property(property), member.id(),
          "The partner member " + BoardPaths.named(member) + " is recorded as nominated by " + wrong.get()
              + "; NHS Act 2006 Sch. 1B para 8(2)" + limb.letter + " requires a member nominated jointly by "
              + limb.description + ", so this member does not count for it.");
    }
    boolean unrecorded = BoardPaths.boardOf(context).unrecordedSeats().stream()
        .anyMatch(seat -> seat.isOrdinaryMember(limb.kind));
    if (people.isEmpty() && !unrecorded) {
      context.report(BoardPaths.members(context),
          "The board has no voting ordinary member in office nominated jointly by " + limb.description
              + "; NHS Act 2006 Sch. 1B para 8(2)" + limb.letter + " requires at least one.");
    }
  }

  private Optional<String> wrongNomination(BoardMember member, RuleContext context, IcbArea area) {
    if (member.nominatingConstituency().isPresent() && member.nominatingConstituency().get() != limb.constituency) {
      for (PartnerMemberLimb other : PartnerMemberLimb.values()) {
        if (other.constituency == member.nominatingConstituency().get()) {
          return Optional.of(other.constituencyWords);
        }
      }
    }
    List<String> misfits = limb.misfits(member, context, area);
    return misfits.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", misfits));
  }
}
