package io.github.icsmodel.validation.board;

import io.github.icsmodel.board.Committee;
import io.github.icsmodel.board.CommitteeKind;
import io.github.icsmodel.law.NhsEnglandPolicy;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.NoQuotation;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;

/**
 * {@code committee.audit-exists}: the ICB has an audit committee. Advice, reported as information: the library's
 * sources hold no provision requiring an audit committee in terms, but NHS England's guidance on ICB constitutions
 * and governance presupposes one, since it keeps the audit committee chair out of the deputy chair role. Without an
 * audit committee on record, {@link DeputyChairRule} cannot tell who chairs it.
 *
 * <p>The library has no rule about the remuneration committee: the library's legal sources record no source for
 * any expectation of it, and the library does not invent one.
 */
@NoQuotation(
    "No provision requires an audit committee in terms; NHS England's constitution guidance only presupposes one,"
        + " and the library holds it in paraphrase.")
final class CommitteeAuditExistsRule extends AbstractRule {
  /** Creates the rule. */
  CommitteeAuditExistsRule() {
    super(
        "committee.audit-exists",
        Severity.INFORMATION,
        NhsEnglandPolicy.CONSTITUTION_GUIDANCE,
        "The ICB records an audit committee, which NHS England's constitution guidance presupposes",
        "Record the audit committee (kind audit) and its chair.",
        null);
  }

  @Override
  public void check(RuleContext context) {
    for (Committee committee : context.system().icb().committees()) {
      if (committee.kind() == CommitteeKind.AUDIT) {
        return;
      }
    }
    context.report(BoardPaths.committees(context),
        "The ICB records no audit committee; NHS England's guidance on ICB constitutions presupposes one (its"
            + " chair may not be the deputy chair), so who chairs it cannot be checked.");
  }
}
