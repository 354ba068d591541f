package io.github.icsmodel.validation.icp;

import io.github.icsmodel.system.IcpAppointer;
import io.github.icsmodel.system.IcpMember;
import io.github.icsmodel.system.IntegratedCarePartnership;
import io.github.icsmodel.system.RecordedSection;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.util.List;
import java.util.Optional;

/**
 * {@code icp.icb-member}: exactly one member of the integrated care partnership is appointed by the integrated
 * care board. Enforces s.116ZA(2)(a) of the Local Government and Public Involvement in Health Act 2007:
 *
 * <blockquote>(2) The integrated care partnership for an area is to consist of— (a) one member appointed by the
 * integrated care board, (b) one member appointed by each of the responsible local authorities, and (c) any
 * members appointed by the integrated care partnership.</blockquote>
 *
 * <p>ERROR. None is reported at {@code /icp/members}; each member beyond the first at its own path. Silent when
 * there is no partnership ({@code icp.established} reports that).
 *
 * <p>A partnership with no member recorded, in a configuration that does not name
 * {@code "integrated-care-partnership-members"} among its {@code recordedSections}, is silent on its members:
 * {@link MembersUnrecordedRule} says so, and this rule states no breach.
 */
final class IcbMemberRule extends AbstractRule {

  /** Creates the rule. */
  IcbMemberRule() {
    super(
        "icp.icb-member",
        Severity.ERROR,
        IcpProvisions.section116za("(2)(a)"),
        "Exactly one member of the integrated care partnership is appointed by the ICB",
        "Record one ICP member with appointedBy integrated-care-board; record others as appointed by the"
            + " partnership.",
        IcpProvisions.S116ZA_2);
  }


  @Override
  public void check(RuleContext context) {
    Optional<IntegratedCarePartnership> icp = context.system().icp();
    if (icp.isEmpty() || !context.system().records(RecordedSection.INTEGRATED_CARE_PARTNERSHIP_MEMBERS)) {
      return;
    }
    JsonPointer members = context.base().property("icp").property("members");
    List<IcpMember> list = icp.get().members();
    IcpMember first = null;
    for (int i = 0; i < list.size(); i++) {
      IcpMember member = list.get(i);
      if (member.appointedBy() != IcpAppointer.INTEGRATED_CARE_BOARD) {
        continue;
      }
      if (first == null) {
        first = member;
      } else {
        context.report(
            members.index(i),
            member.id(),
            member.name() + " (" + member.id() + ") is a second member appointed by the ICB, beside " + first.name()
                + " (" + first.id() + "): s.116ZA(2)(a) provides for one member appointed by the integrated care"
                + " board.");
      }
    }
    if (first == null) {
      context.report(
          members,
          "No member of the integrated care partnership is appointed by the ICB: s.116ZA(2)(a) provides for one.");
    }
  }
}
