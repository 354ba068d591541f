package io.github.icsmodel.validation.structure;

import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.law.NhsEnglandPolicy;
import io.github.icsmodel.organisation.Organisation;
import io.github.icsmodel.organisation.ProviderService;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.system.ProviderCollaborative;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code structure.acute-mental-health-in-collaborative}: every NHS trust or foundation trust providing acute or
 * mental health services is a member of a provider collaborative. NHS England and NHS Improvement's Working
 * together at scale: guidance on provider collaboratives (August 2021), as reported:
 *
 * <blockquote>By April 2022, all trusts providing acute and mental health services, including specialist trusts,
 * are expected to be part of one or more provider collaboratives.</blockquote>
 *
 * <p>and later "As of July 2022, provider collaboratives are mandatory for all NHS trusts providing acute and mental
 * health services". WARNING: policy, not law; the rule applies from 1 July 2022, the end of the transition the guidance gives
 * ({@link NhsEnglandPolicy#WORKING_TOGETHER_AT_SCALE}). Only the system's own provider
 * collaboratives are known, so a trust in a collaborative recorded in another system's configuration is reported
 * here; add the collaborative, or waive the finding. One finding per trust, at {@code /organisations/i}.
 */
final class AcuteMentalHealthInCollaborativeRule extends AbstractRule {
  /** Creates the rule. */
  AcuteMentalHealthInCollaborativeRule() {
    super(
        "structure.acute-mental-health-in-collaborative",
        Severity.WARNING,
        NhsEnglandPolicy.WORKING_TOGETHER_AT_SCALE,
        "Every trust providing acute or mental health services is in a provider collaborative",
        "Record the provider collaborative the trust belongs to.",
        "By April 2022, all trusts providing acute and mental health services, including specialist trusts, are"
            + " expected to be part of one or more provider collaboratives.");
  }

  @Override
  public void check(RuleContext context) {
    IntegratedCareSystem system = context.system();
    Set<LocalId> members = new HashSet<>();
    for (ProviderCollaborative collaborative : system.providerCollaboratives()) {
      members.addAll(collaborative.members());
    }
    List<Organisation> organisations = system.organisations();
    for (int i = 0; i < organisations.size(); i++) {
      Organisation organisation = organisations.get(i);
      if (!organisation.kind().isTrust() || !organisation.existsOn(context.asOf())
          || members.contains(organisation.id())) {
        continue;
      }
      List<String> services = new ArrayList<>();
      if (organisation.services().contains(ProviderService.ACUTE)) {
        services.add("acute");
      }
      if (organisation.services().contains(ProviderService.MENTAL_HEALTH)) {
        services.add("mental health");
      }
      if (!services.isEmpty()) {
        context.report(
            context.base().property("organisations").index(i),
            organisation.id(),
            organisation.name() + " (" + organisation.id() + ") provides " + String.join(" and ", services)
                + " services but is in no provider collaborative.");
      }
    }
  }
}
