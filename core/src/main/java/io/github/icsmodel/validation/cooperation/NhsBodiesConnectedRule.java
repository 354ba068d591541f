package io.github.icsmodel.validation.cooperation;

import com.google.common.collect.ImmutableSet;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.internal.Statute;
import io.github.icsmodel.internal.Texts;
import io.github.icsmodel.law.Act;
import io.github.icsmodel.law.LegalReference;
import io.github.icsmodel.organisation.Organisation;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code cooperation.nhs-bodies-connected}: the NHS bodies of the system form one group joined, directly or
 * through one another, by arrangements in effect. Looks for evidence of the duty in s.72(1) of the NHS Act 2006:
 *
 * <blockquote>(1) It is the duty of NHS bodies to co-operate with each other in exercising their
 * functions.</blockquote>
 *
 * <p><b>Severity: INFORMATION</b>, for the reason given in {@link NhsLocalAuthorityRule}: the arrangements are
 * evidence of co-operation, not the co-operation itself, and the Secretary of State's guidance under s.72(1A) is
 * not confirmed to exist. A group of NHS bodies with no recorded arrangement joining it to the rest is a gap in the
 * evidence worth looking into, not a demonstrated breach.
 *
 * <p>The NHS bodies are the ICB and the NHS trusts and foundation trusts among the organisations; NHS England is
 * left out (see {@link CooperationPaths#isSystemNhsBody}). One finding at {@code /arrangements} naming the groups.
 */
final class NhsBodiesConnectedRule extends AbstractRule {

  /** Creates the rule. */
  NhsBodiesConnectedRule() {
    super(
        "cooperation.nhs-bodies-connected",
        Severity.INFORMATION,
        LegalReference.section(Act.NHS_ACT_2006, "72").subdivision("(1)"),
        "The NHS bodies in the system are joined, directly or through one another, by recorded arrangements",
        "Record the arrangements through which the separate groups of NHS bodies co-operate.",
        Statute.numbered("nhsa2006:72"));
  }

  private static final int SHOWN_GROUPS = 3;
  private static final int SHOWN_BODIES = 5;

  @Override
  public void check(RuleContext context) {
    IntegratedCareSystem system = context.system();
    Map<LocalId, Organisation> organisations = system.organisationsById();
    List<List<Organisation>> groups = new ArrayList<>();
    for (ImmutableSet<LocalId> group : CooperationPaths.graphOn(system, context.asOf()).nhsBodyGroups()) {
      List<Organisation> members = group.stream()
          .map(organisations::get)
          .filter(CooperationPaths::isSystemNhsBody)
          .collect(Collectors.toList());
      if (!members.isEmpty()) {
        groups.add(members);
      }
    }
    if (groups.size() < 2) {
      return;
    }
    // Name a few groups, and a few bodies of each, so that the message does not grow with the configuration.
    List<String> named = groups.stream()
        .limit(SHOWN_GROUPS + 1L)
        .map(g -> "{" + Texts.listSome(g.stream().map(CooperationPaths::describe).collect(Collectors.toList()),
            SHOWN_BODIES) + "}")
        .collect(Collectors.toList());
    String listed = groups.size() > SHOWN_GROUPS
        ? String.join("; ", named.subList(0, SHOWN_GROUPS)) + "; and " + (groups.size() - SHOWN_GROUPS)
            + " more groups"
        : String.join("; ", named);
    context.report(
        context.base().property("arrangements"),
        "The system's NHS bodies form " + groups.size() + " separate groups with no recorded arrangement between"
            + " them: " + listed + ". NHS bodies have a duty to co-operate with each other (s.72(1)).");
  }
}
