package io.github.icsmodel.validation.board;

import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.OrdinaryMemberKind;
import io.github.icsmodel.validation.Severity;

/** A rule that the ordinary members include at least one partner member of a kind (Sch. 1B para 8(2)). */
abstract class PartnerMemberRule extends AtLeastRule {
  private final OrdinaryMemberKind kind;
  private final String description;
  private final String limb;

  PartnerMemberRule(String id, String limb, OrdinaryMemberKind kind, String description) {
    super(
        id,
        Severity.ERROR,
        Schedule1B.paragraph("8", "(2)" + limb),
        "The ordinary members include at least one member nominated jointly by " + description,
        "Appoint a voting ordinary member nominated jointly by " + description + ", recorded as a partner member of"
            + " that kind. Nothing caps the number of partner members.",
        Schedule1B.PARA_8_2,
        1);
    this.kind = kind;
    this.description = description;
    this.limb = limb;
  }

  @Override
  final boolean counts(BoardMember member) {
    return member.isVotingOrdinaryMember(kind);
  }

  @Override
  final String shortfall(int found) {
    return "The board has no voting ordinary member nominated jointly by " + description
        + "; NHS Act 2006 Sch. 1B para 8(2)" + limb + " requires at least one.";
  }
}
