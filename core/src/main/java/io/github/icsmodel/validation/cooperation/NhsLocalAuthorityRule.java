package io.github.icsmodel.validation.cooperation;

import io.github.icsmodel.cooperation.CooperationGraph;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.internal.Statute;
import io.github.icsmodel.law.Act;
import io.github.icsmodel.law.LegalReference;
import io.github.icsmodel.organisation.Organisation;
import io.github.icsmodel.system.FootprintArea;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code cooperation.nhs-local-authority}: every NHS body of the system shares at least one arrangement in effect
 * with every local authority in the footprint. Looks for evidence of the duty in s.82(1) of the NHS Act 2006:
 *
 * <blockquote>(1) In exercising their respective functions NHS bodies (on the one hand) and local authorities (on
 * the other) must co-operate with one another in order to secure and advance the health and welfare of the people
 * of England and Wales.</blockquote>
 *
 * <p><b>Severity: INFORMATION.</b> The duty is statutory, but the arrangements are only evidence of it.
 * Co-operation needs no formal arrangement, and much of it (commissioning contracts, day-to-day joint working) is
 * not recorded as one; so a pair with no recorded arrangement is a gap in the evidence, not proof that the bodies
 * fail to co-operate. Calling it an error would claim a breach the configuration cannot show; the Secretary of
 * State's guidance under s.82(2), which might set expectations at policy level, is not confirmed to exist. The
 * finding is therefore advice: record the arrangement, or look into the gap.
 *
 * <p>The graph counts the explicit arrangements in effect on the validation date and those the structure implies
 * (ICP membership, places, provider collaboratives). The NHS bodies are the ICB and the NHS trusts and foundation
 * trusts among the organisations (NHS England is left out: see {@link CooperationPaths#isSystemNhsBody}); the local
 * authorities are those in the footprint. One finding per NHS body, at {@code /icb} or {@code /organisations/i},
 * naming every footprint authority it shares no arrangement with.
 */
final class NhsLocalAuthorityRule extends AbstractRule {
  private static final String QUOTATION = Statute.numbered("nhsa2006:82");

  /** Creates the rule. */
  NhsLocalAuthorityRule() {
    super(
        "cooperation.nhs-local-authority",
        Severity.INFORMATION,
        LegalReference.section(Act.NHS_ACT_2006, "82").subdivision("(1)"),
        "Every NHS body in the system has a recorded arrangement with every local authority in the footprint",
        "Record the arrangements (s.75 agreements, joint committees, place partnerships and the like) through which"
            + " the NHS body co-operates with the local authority.",
        QUOTATION);
  }

  @Override
  public void check(RuleContext context) {
    IntegratedCareSystem system = context.system();
    Map<LocalId, Organisation> organisations = system.organisationsById();
    Set<LocalId> footprint = new HashSet<>();
    for (FootprintArea area : system.footprint()) {
      Organisation authority = organisations.get(area.localAuthority());
      if (authority != null && authority.isLocalAuthority()) {
        footprint.add(authority.id());
      }
    }
    if (footprint.isEmpty()) {
      return;
    }
    CooperationGraph graph = CooperationPaths.graphOn(system, context.asOf());
    Map<LocalId, List<LocalId>> unlinked = new LinkedHashMap<>();
    for (CooperationGraph.Pair pair : graph.unlinkedNhsBodyLocalAuthorityPairs()) {
      if (footprint.contains(pair.localAuthority())
          && CooperationPaths.isSystemNhsBody(organisations.get(pair.nhsBody()))) {
        unlinked.computeIfAbsent(pair.nhsBody(), b -> new ArrayList<>()).add(pair.localAuthority());
      }
    }
    Map<LocalId, JsonPointer> paths = CooperationPaths.paths(system, context.base());
    for (Map.Entry<LocalId, List<LocalId>> entry : unlinked.entrySet()) {
      Organisation body = organisations.get(entry.getKey());
      String authorities = entry.getValue().stream()
          .map(id -> CooperationPaths.describe(organisations.get(id)))
          .collect(Collectors.joining(", "));
      context.report(
          paths.get(body.id()),
          body.id(),
          CooperationPaths.describe(body) + " has no recorded arrangement with " + authorities
              + ": no evidence of the co-operation between NHS bodies and local authorities that s.82(1) requires.");
    }
  }
}
