package io.github.icsmodel.validation.duties;

import io.github.icsmodel.assurance.DutyAssurance;
import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code duty.accountable-lead}: each general duty of the ICB (NHS Act 2006 ss.14Z34 to 14Z45) has an assurance
 * record naming a voting member of the board accountable for it.
 *
 * <p>INFORMATION. The duties themselves are statutory, but no provision of the Act, and no NHS England document in
 * the library's legal sources, requires a named accountable lead for each: that is governance practice. A missing
 * lead is therefore advice, not a breach or a policy departure. The basis cited is the provision the practice
 * serves, s.14Z58(2)(a), under which the ICB must explain each year how it has discharged these duties:
 *
 * <blockquote>(2) An annual report must, in particular— (a) explain how the integrated care board has discharged
 * its duties under sections 14Z34 to 14Z45 and 14Z49 (general duties of integrated care boards),</blockquote>
 *
 * <p>Findings: a duty with no assurance record (at {@code /dutyAssurances}); a duty whose records name no lead
 * (at the first record's {@code accountableLead}); a duty whose lead is a non-voting participant (at that
 * {@code accountableLead}). A lead that names no board member is left to {@code structure.references-resolve}.
 */
final class AccountableLeadRule extends GeneralDutyTemplate {

  /** Creates the rule. */
  AccountableLeadRule() {
    super(
        "duty.accountable-lead",
        Severity.INFORMATION,
        DutyProvisions.section14z58TwoA(),
        "Each general duty of the ICB has a voting board member accountable for it",
        "Record a duty assurance for each of ss.14Z34 to 14Z45 naming a voting board member as accountableLead.",
        DutyProvisions.S14Z58_2_A);
  }

  @Override
  String noRecord(String duty) {
    return "No assurance record for " + duty + ", a general duty of the ICB: name a voting board member accountable"
        + " for it.";
  }

  @Override
  DutyCheck start(RuleContext context, List<DutyAssurance> assurances, JsonPointer path) {
    Map<LocalId, BoardMember> board = new HashMap<>();
    context.system().icb().board().members().forEach(m -> board.putIfAbsent(m.id(), m));
    return (duty, records) -> {
      boolean hasVotingLead = false;
      int withoutLead = -1;
      int nonVoting = -1;
      for (int index : records) {
        Optional<LocalId> lead = assurances.get(index).accountableLead();
        if (lead.isEmpty()) {
          withoutLead = withoutLead < 0 ? index : withoutLead;
          continue;
        }
        BoardMember member = board.get(lead.get());
        if (member == null) {
          continue;
        }
        if (member.isVotingMember()) {
          hasVotingLead = true;
        } else if (nonVoting < 0) {
          nonVoting = index;
        }
      }
      if (hasVotingLead) {
        return;
      }
      if (nonVoting >= 0) {
        BoardMember member = board.get(assurances.get(nonVoting).accountableLead().get());
        context.report(
            path.index(nonVoting).property("accountableLead"),
            member.id(),
            "The accountable lead for " + IcbDuties.cite(duty) + ", " + member.name() + " (" + member.id() + "), is a"
                + " non-voting participant, not a voting member of the board.");
      } else if (withoutLead >= 0) {
        context.report(
            path.index(withoutLead).property("accountableLead"),
            "The assurance record for " + IcbDuties.cite(duty) + " names no accountable lead: name a voting board"
                + " member.");
      }
    };
  }
}
