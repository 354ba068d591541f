package io.github.icsmodel.validation.board;

import io.github.icsmodel.board.Committee;
import io.github.icsmodel.board.CommitteeMember;
import io.github.icsmodel.law.Basis;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.util.List;

/**
 * An ERROR rule on each member of each committee that exercises commissioning functions, at
 * {@code /icb/committees/c/members/m}: what the constitution must provide for such committees under Schedule 1B
 * para 11(4) to the NHS Act 2006. Committees that do not exercise commissioning functions are not checked.
 */
abstract class CommissioningCommitteeTemplate extends AbstractRule {

  CommissioningCommitteeTemplate(String id, Basis basis, String summary, String remedy, String quotation) {
    super(id, Severity.ERROR, basis, summary, remedy, quotation);
  }

  @Override
  public final void check(RuleContext context) {
    List<Committee> committees = context.system().icb().committees();
    for (int c = 0; c < committees.size(); c++) {
      Committee committee = committees.get(c);
      if (!committee.exercisesCommissioningFunctions()) {
        continue;
      }
      List<CommitteeMember> members = committee.members();
      for (int m = 0; m < members.size(); m++) {
        check(context, committee, members.get(m), BoardPaths.committee(context, c).property("members").index(m));
      }
    }
  }

  /**
   * Checks one member of a committee that exercises commissioning functions.
   *
   * @param context the context
   * @param committee the committee
   * @param member the member
   * @param path the member's JSON Pointer
   */
  abstract void check(RuleContext context, Committee committee, CommitteeMember member, JsonPointer path);
}
