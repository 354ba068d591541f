package io.github.icsmodel.validation.local;

import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.law.PolicyReference;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.util.List;

/**
 * A ground of disqualification from board membership that the user's source gives and the library does not build
 * in ({@link LocalRules#disqualification}). Its id is the user's, so its class is not named after it.
 */
final class DisqualificationGroundRule extends AbstractRule {
  private final String ground;
  private final String extension;

  DisqualificationGroundRule(String id, PolicyReference basis, String ground, String extension) {
    super(id, Severity.WARNING, basis,
        "No member is recorded as " + ground + ", a ground of disqualification in " + basis.citation(),
        "The person should not hold the seat: remove them, or correct the record if the ground no longer applies.",
        null);
    this.ground = ground;
    this.extension = extension;
  }

  @Override
  public void check(RuleContext context) {
    List<BoardMember> members = context.system().icb().board().members();
    for (int i = 0; i < members.size(); i++) {
      BoardMember member = members.get(i);
      if (member.isVotingMember() && member.inOfficeOn(context.asOf())
          && Boolean.TRUE.equals(member.extensions().values().get(extension))) {
        context.report(
            context.base().property("icb").property("board").property("members").index(i)
                .property("extensions").property(extension),
            member.id(),
            member.name() + " (" + member.id() + ") is recorded as " + ground + "; " + basis().citation()
                + " disqualifies such a person from membership of the board.");
      }
    }
  }
}
