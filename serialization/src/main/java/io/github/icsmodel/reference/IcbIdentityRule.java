package io.github.icsmodel.reference;

import io.github.icsmodel.system.IntegratedCareBoard;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.util.Optional;

/**
 * {@code reference.icb-identity}: a configuration that names one of England's 42 ICBs gives its official ODS code,
 * ONS code and name. A difference is a warning, since local names and later changes happen; an ICB formed by merger
 * from 1 April 2026 is not in the reference data yet, so a configuration that records predecessors, or an ICB
 * established after the reference data's ICBs, is not reported.
 */
final class IcbIdentityRule extends AbstractRule {

  IcbIdentityRule() {
    super(
        "reference.icb-identity",
        Severity.WARNING,
        EnglandReferenceRules.ONS_LOOKUPS,
        "An ICB that is one of England's 42 has its official ODS code, ONS code and name",
        "Correct the ICB's odsCode, gssCode or name to the official ones ('ics reference icbs' lists them), or, for"
            + " an ICB formed by merger, record its predecessors.",
        null);
  }

  @Override
  public void check(RuleContext context) {
    IntegratedCareBoard icb = context.system().icb();
    EnglandReference reference = EnglandReference.load();
    JsonPointer path = context.base().property("icb");
    Optional<ReferenceIcb> byOds = icb.odsCode().flatMap(reference::findIcb);
    Optional<ReferenceIcb> byOns = icb.gssCode().flatMap(reference::findIcb);
    if (byOds.isEmpty() && byOns.isEmpty()) {
      if (icb.odsCode().isPresent() && icb.predecessors().isEmpty()
          && !icb.establishedOn().isAfter(IntegratedCareBoard.ESTABLISHMENT_DAY)) {
        context.report(path.property("odsCode"), icb.id(), "The ODS code " + icb.odsCode().get()
            + " is not one of the 42 ICBs established on 1 July 2022. If this ICB was formed by merger, record its"
            + " predecessors and establishment date: the reference data does not yet include the 2026 mergers.");
      }
      return;
    }
    ReferenceIcb official = byOds.orElseGet(byOns::get);
    if (byOds.isPresent() && byOns.isPresent() && !byOds.get().equals(byOns.get())) {
      context.report(path.property("gssCode"), icb.id(), "The ONS code " + icb.gssCode().get() + " is that of "
          + byOns.get().name() + ", but the ODS code " + icb.odsCode().get() + " is that of " + official.name() + ".");
    } else if (icb.odsCode().isEmpty()) {
      context.report(path, icb.id(), "The ICB has no odsCode; the official one for " + official.name() + " is "
          + official.odsCode() + ".");
    } else if (icb.gssCode().isEmpty()) {
      context.report(path, icb.id(), "The ICB has no gssCode; the official one for " + official.name() + " is "
          + official.onsCodes().get(official.onsCodes().size() - 1).code() + ".");
    }
    if (!icb.name().equalsIgnoreCase(official.name())) {
      context.report(path.property("name"), icb.id(), "The ICB with ODS code " + official.odsCode()
          + " is officially named \"" + official.name() + "\", not \"" + icb.name() + "\".");
    }
  }
}
