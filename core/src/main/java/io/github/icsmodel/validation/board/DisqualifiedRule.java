package io.github.icsmodel.validation.board;

import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.DisqualificationGround;
import io.github.icsmodel.law.NhsEnglandPolicy;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.util.List;

/**
 * {@code board.disqualified}: no voting member is recorded as disqualified on a ground of the model ICB
 * constitution (section 3.2, as an ICB constitution following the model gives it): "A Member of Parliament" and,
 * as the library's legal sources summarise the further items without quoting them, a person convicted within 5
 * years and sentenced to imprisonment of not less than three months without option of a fine, a person subject to
 * a bankruptcy restrictions order, and a person dismissed within 5 years (other than for redundancy) from paid
 * employment by any Health Service Body. The rule's quotation holds only the constitution's own words (law review
 * of 7 December 2026, item B-11).
 *
 * <p>Schedule 1B para 9 lets a constitution make provision about "qualification and disqualification for
 * membership"; the grounds themselves come from the model constitution, which is NHS England policy. An ICB whose
 * constitution adopts them is bound by its constitution, but the library cannot see the constitution's text, so
 * the rule is a WARNING resting on the model constitution. Para 4's ground (private healthcare involvement "or
 * otherwise") is statutory and is {@code board.independence}'s concern. The model list continues beyond these
 * grounds in items not in the library's sources (UNCONFIRMED); they are not built in. A user who has a source for
 * another ground (the rest of the list in their ICB's constitution, say) adds a rule for it with
 * {@code LocalRules.disqualification(...)} (package {@code io.github.icsmodel.validation.local}).
 */
final class DisqualifiedRule extends AbstractRule {
  /** Creates the rule. */
  DisqualifiedRule() {
    super(
        "board.disqualified",
        Severity.WARNING,
        NhsEnglandPolicy.MODEL_CONSTITUTION,
        "No member is disqualified on a ground of the model ICB constitution, such as being a Member of Parliament",
        "The person should not hold the seat: remove them, or correct the record if the ground no longer applies.",
        "A Member of Parliament\n"
            + "[…] could reasonably be regarded as undermining the independence of the health service because of the"
            + " candidate's involvement with the private healthcare sector or otherwise […]");
  }

  @Override
  public void check(RuleContext context) {
    List<BoardMember> members = BoardPaths.boardOf(context).members();
    for (int i = 0; i < members.size(); i++) {
      BoardMember member = members.get(i);
      if (!BoardPaths.sits(member, context)) {
        continue;
      }
      for (DisqualificationGround ground : member.disqualifications()) {
        context.report(BoardPaths.member(context, i).property("disqualifications"), member.id(),
            BoardPaths.named(member) + " is recorded as " + words(ground) + "; an ICB constitution following NHS England's"
                + " model (section 3.2 of Hertfordshire and West Essex ICB's, for example) disqualifies such a person"
                + " from membership of the board.");
      }
    }
  }

  private static String words(DisqualificationGround ground) {
    switch (ground) {
      case MEMBER_OF_PARLIAMENT:
        return "a Member of Parliament";
      case RECENT_CONVICTION_WITH_IMPRISONMENT:
        return "convicted within 5 years and sentenced to imprisonment of not less than three months without"
            + " option of a fine";
      case BANKRUPTCY_RESTRICTIONS_ORDER:
        return "subject to a bankruptcy restrictions order";
      default:
        return "dismissed within 5 years (other than for redundancy) from paid employment by a Health Service Body";
    }
  }
}
