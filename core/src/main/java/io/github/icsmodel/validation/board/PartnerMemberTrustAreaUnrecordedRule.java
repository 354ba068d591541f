package io.github.icsmodel.validation.board;

import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.organisation.Organisation;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code board.partner-member-trust-area-unrecorded}: for each trust that nominated the trusts' partner member, the
 * configuration records where it provides services ({@code areasServed}). Schedule 1B para 8(2)(a) to the NHS Act
 * 2006 requires "at least one member nominated jointly by the NHS trusts and NHS foundation trusts that— (i) provide
 * services for the purposes of the health service within the integrated care board's area". A WARNING ("law; the
 * configuration does not show it met"): a trust whose areas are not recorded may well serve the area, so this is
 * not a finding of breach; a trust recorded as serving only areas outside the footprint is
 * {@code board.partner-member-trusts}' ERROR. One finding per voting trusts' partner member in office, at its
 * {@code nominatedBy}, naming each such trust.
 */
final class PartnerMemberTrustAreaUnrecordedRule extends MemberTemplate {
  /** Creates the rule. */
  PartnerMemberTrustAreaUnrecordedRule() {
    super(
        "board.partner-member-trust-area-unrecorded",
        Severity.WARNING,
        BoardProvisions.paragraph("8", "(2)(a)"),
        "The configuration records where each trust that nominated the trusts' partner member provides services",
        "Record each nominating trust's areasServed: the GSS codes of the local authority areas in which it provides"
            + " services.",
        BoardProvisions.PARA_8_2);
  }

  @Override
  void check(RuleContext context, BoardMember member, JsonPointer path) {
    if (!PartnerMemberLimb.TRUSTS.sits(member, context)) {
      return;
    }
    List<String> unrecorded = new ArrayList<>();
    for (LocalId nominator : member.nominatedBy()) {
      Optional<Organisation> trust = context.system().organisation(nominator);
      if (trust.isPresent() && PartnerMemberLimb.TRUSTS.fitsKind(trust.get()) && trust.get().areasServed().isEmpty()) {
        unrecorded.add(BoardPaths.describe(trust.get()));
      }
    }
    if (!unrecorded.isEmpty()) {
      context.report(path.property("nominatedBy"), member.id(),
          "Where " + String.join(", ", unrecorded) + (unrecorded.size() == 1 ? " provides" : " provide")
              + " services is not recorded, so the configuration does not show that the partner member "
              + BoardPaths.named(member) + " was nominated by trusts that provide services within the ICB's area,"
              + " as NHS Act 2006 Sch. 1B para 8(2)(a)(i) requires.");
    }
  }
}
