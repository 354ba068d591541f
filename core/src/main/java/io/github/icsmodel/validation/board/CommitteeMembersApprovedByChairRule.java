package io.github.icsmodel.validation.board;

import io.github.icsmodel.board.Committee;
import io.github.icsmodel.board.CommitteeMember;
import io.github.icsmodel.law.Act;
import io.github.icsmodel.law.LegalReference;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import java.util.Optional;

/**
 * {@code committee.members-approved-by-chair}: each member of a committee that exercises commissioning functions
 * was approved or appointed by the chair of the ICB. Schedule 1B para 11(4)(a) to the NHS Act 2006: the constitution
 * must provide for the members of any such committee or sub-committee to be approved or appointed by the chair.
 *
 * <p>ERROR, at the member, but only where the configuration records {@code approvedByChair: false}: the property is
 * optional (added to {@code icsmodel/1} after the law review of December 2026), and an approval that is not
 * recorded is not reported, because not recorded is not false; validation reports list para 11 among the duties
 * checked only in part. The quotation is from the revised Health and Care Act 2022 (https://www.legislation.gov.uk/ukpga/2022/31;
 * see the duty {@code nhsa2006:sch1B.11}). Committees that do not exercise commissioning functions are not
 * checked.
 */
final class CommitteeMembersApprovedByChairRule extends CommissioningCommitteeTemplate {
  /** Creates the rule. */
  CommitteeMembersApprovedByChairRule() {
    super(
        "committee.members-approved-by-chair",
        LegalReference.scheduleParagraph(Act.NHS_ACT_2006, "1B", "11").subdivision("(4)(a)"),
        "Each member of a committee exercising commissioning functions was approved or appointed by the ICB's chair",
        "Have the chair approve or appoint the member, and record approvedByChair.",
        "(4) If the constitution includes provision under this paragraph allowing committees or sub-committees to"
            + " exercise commissioning functions, the constitution must— (a) provide for the members of any such"
            + " committee or sub-committee to be approved or appointed by the chair of the integrated care board");
  }


  @Override
  void check(RuleContext context, Committee committee, CommitteeMember member, JsonPointer path) {
    if (member.approvedByChair().equals(Optional.of(false))) {
      context.report(
          path.property("approvedByChair"),
          member.id(),
          "The member " + member.id() + " of the committee " + committee.id() + ", which exercises"
              + " commissioning functions, is recorded as not approved or appointed by the ICB's chair (NHS Act"
              + " 2006 Sch. 1B para 11(4)(a)).");
    }
  }
}
