package io.github.icsmodel.reference;

import io.github.icsmodel.identifier.GssCode;
import io.github.icsmodel.system.IntegratedCareBoard;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.NoQuotation;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code reference.icb-identity}: a configuration that names one of England's ICBs gives its official ODS code, ONS
 * code and name as of the date of validation, and describes an ICB that exists on that date. A difference is a
 * warning, since local names and later changes happen. A configuration of an ICB abolished by the date of
 * validation gets one finding that names the ICBs that took over its area (and no other finding of this rule); one
 * of an ICB not yet established gets one finding that says when it was. In both cases the rule tells the validator
 * that the ICB does not exist on that date ({@link #showsIcbNotExisting}), so no rule asks it for what only an
 * existing ICB owes: that finding is the configuration's only one. A configuration that records its own
 * dissolution gets the core rule {@code icb.dissolved} instead. An ODS code the reference data do not know
 * is reported unless the configuration records predecessors or a later establishment date, since ICBs may be
 * formed after the data were compiled.
 */
@NoQuotation("A data check: it compares the configuration with the ONS lookups, which are data, not a text to"
    + " quote.")
final class IcbIdentityRule extends AbstractRule {

  IcbIdentityRule() {
    super(
        "reference.icb-identity",
        Severity.WARNING,
        EnglandReferenceRules.ONS_LOOKUPS,
        "An ICB in England's reference data has its official ODS code, ONS code and name, and exists, as of the date"
            + " of validation",
        "Correct the ICB's odsCode, gssCode or name to the official ones ('ics reference icbs --as-of DATE' lists"
            + " them); for an ICB abolished by that date, configure its successor ('ics reference successions'), or"
            + " validate as of a date when it existed.",
        null);
  }

  /** It reports an ICB that does not exist on the date, so it runs for one. */
  @Override
  public boolean requiresExistingIcb() {
    return false;
  }

  /**
   * The reference data show the ICB abolished, or not yet established, on the date: the validator then asks nothing
   * of it that only an existing ICB owes, and this rule's one finding says what happened.
   */
  @Override
  public boolean showsIcbNotExisting(IntegratedCareSystem system, LocalDate date) {
    return official(system.icb(), EnglandReference.load())
        .map(official -> date.isBefore(official.validFrom())
            || official.validTo().map(date::isAfter).orElse(false))
        .orElse(false);
  }

  private static Optional<ReferenceIcb> official(IntegratedCareBoard icb, EnglandReference reference) {
    Optional<ReferenceIcb> byOds = icb.odsCode().flatMap(reference::findIcb);
    return byOds.isPresent() ? byOds : icb.gssCode().flatMap(reference::findIcb);
  }

  @Override
  public void check(RuleContext context) {
    IntegratedCareBoard icb = context.system().icb();
    LocalDate asOf = context.asOf();
    if (!icb.existsOn(asOf)) {
      // The configuration records that its ICB does not exist on this date: icb.dissolved or
      // icb.not-yet-established is the one finding about it.
      return;
    }
    EnglandReference reference = EnglandReference.load();
    JsonPointer path = context.base().property("icb");
    Optional<ReferenceIcb> byOds = icb.odsCode().flatMap(reference::findIcb);
    Optional<ReferenceIcb> byOns = icb.gssCode().flatMap(reference::findIcb);
    if (byOds.isEmpty() && byOns.isEmpty()) {
      if (icb.odsCode().isPresent() && icb.predecessors().isEmpty()
          && !icb.establishedOn().isAfter(IntegratedCareBoard.ESTABLISHMENT_DAY)) {
        context.report(path.property("odsCode"), icb.id(), "The ODS code " + icb.odsCode().get()
            + " is not the code of any ICB in the reference data (the 42 ICBs of 1 July 2022 and the 36 of 1 April"
            + " 2026). If this ICB was formed later, record its predecessors and establishment date.");
      }
      return;
    }
    ReferenceIcb official = byOds.orElseGet(byOns::get);
    if (official.validTo().isPresent() && asOf.isAfter(official.validTo().get())) {
      context.report(path, icb.id(), official.name() + " (" + official.odsCode() + ") was abolished at the end of "
          + official.validTo().get() + "; as of " + asOf + " its area is " + successors(reference, official)
          + ". Configure the successor, or validate as of a date up to " + official.validTo().get() + ".");
      return;
    }
    if (asOf.isBefore(official.validFrom())) {
      context.report(path, icb.id(), official.name() + " (" + official.odsCode() + ") was established on "
          + official.validFrom() + " and did not exist on " + asOf + ". Validate as of " + official.validFrom()
          + " or later.");
      return;
    }
    GssCode current = official.onsCodeOn(asOf).orElseThrow();
    if (byOds.isPresent() && byOns.isPresent() && !byOds.get().equals(byOns.get())) {
      context.report(path.property("gssCode"), icb.id(), "The ONS code " + icb.gssCode().get() + " is that of "
          + byOns.get().name() + ", but the ODS code " + icb.odsCode().get() + " is that of " + official.name() + ".");
    } else if (icb.odsCode().isEmpty()) {
      context.report(path, icb.id(), "The ICB has no odsCode; the official one for " + official.name() + " is "
          + official.odsCode() + ".");
    } else if (icb.gssCode().isEmpty()) {
      context.report(path, icb.id(), "The ICB has no gssCode; the official one for " + official.name() + " as of "
          + asOf + " is " + current + ".");
    } else if (!icb.gssCode().get().equals(current)) {
      DatedGssCode former = official.onsCodes().stream().filter(code -> code.code().equals(icb.gssCode().get()))
          .findFirst().orElseThrow();
      context.report(path.property("gssCode"), icb.id(), "The ONS code " + former.code() + " was that of "
          + official.name() + " from " + former.validFrom().map(LocalDate::toString).orElse("?") + " to "
          + former.validTo().map(LocalDate::toString).orElse("") + "; as of " + asOf + " it is " + current + ".");
    }
    if (!icb.name().equalsIgnoreCase(official.name())) {
      context.report(path.property("name"), icb.id(), "The ICB with ODS code " + official.odsCode()
          + " is officially named \"" + official.name() + "\", not \"" + icb.name() + "\".");
    }
  }

  /** Names the ICBs that took over an abolished ICB's area, such as "part of X (S9B9J) and part of Y (S0E4D)". */
  static String successors(EnglandReference reference, ReferenceIcb abolished) {
    List<Succession> events = reference.successorsOf(abolished);
    return events.stream()
        .map(event -> (event.isWhole() ? "" : "part of ") + event.successor().name() + " ("
            + event.successor().odsCode() + ", from " + event.date() + ")")
        .collect(Collectors.joining(events.size() == 2 ? " and " : "; "));
  }
}
