package io.github.icsmodel.validation.cluster;

import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.MemberRole;
import io.github.icsmodel.law.Act;
import io.github.icsmodel.law.LegalReference;
import io.github.icsmodel.system.IcbCluster;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;

/**
 * {@code cluster.shared-chief-executive-at-each-icb}: a chief executive shared in a cluster is the chief executive
 * of each ICB of the cluster, and eligible at each. Schedule 1B para 7(2) to the NHS Act 2006: "The constitution
 * must provide that a person is eligible to become or remain the chief executive only if the person is an employee
 * of the integrated care board." Each ICB is a separate body, so the shared chief executive must be an employee
 * (or a secondee within para 19(4)) of each ICB, not of one ICB on behalf of the others.
 *
 * <p>ERROR, only where the configuration records a breach: the shared chief executive recorded as not an employee
 * ({@code employedByIcb: false}) of an ICB of the cluster. A gap in the data (a system the configuration does not
 * contain, a board that does not show the person as its chief executive) is not a breach:
 * {@link SharedChiefExecutiveNotShownRule} reports it as a WARNING (law review of 7 December 2026, item B-31).
 */
final class SharedChiefExecutiveAtEachIcbRule extends SharedPostTemplate {

  /** Creates the rule. */
  SharedChiefExecutiveAtEachIcbRule() {
    super(
        "cluster.shared-chief-executive-at-each-icb",
        Severity.ERROR,
        MemberRole.CHIEF_EXECUTIVE,
        "chief executive",
        LegalReference.scheduleParagraph(Act.NHS_ACT_2006, "1B", "7").subdivision("(2)"),
        "A chief executive shared in a cluster is an employee of each ICB of the cluster (reported where the"
            + " configuration records otherwise)",
        "Record the shared chief executive on the board of each ICB, employed by (or seconded within para 19(4)"
            + " to) each one.",
        "(2) The constitution must provide that a person is eligible to become or remain the chief executive only"
            + " if the person is an employee of the integrated care board.",
        false);
  }

  @Override
  void checkAtIcb(RuleContext context, JsonPointer path, IcbCluster cluster, BoardMember member, String icb) {
    // Only a recorded "no" is a breach; where employment is not recorded, the board rule
    // board.chief-executive-employment-unrecorded says so at each ICB (not recorded is not false).
    if (member.employedByIcb().equals(java.util.Optional.of(false))) {
      context.report(path, member.id(),
          "The cluster " + cluster.id() + " shares " + member.id() + " as chief executive, but the configuration"
              + " records " + member.id() + " as not an employee of " + icb + ". Each ICB in a cluster is a"
              + " separate legal body: under NHS Act 2006 Sch. 1B para 7(2) the shared chief executive must be an"
              + " employee of each one.");
    }
  }
}
