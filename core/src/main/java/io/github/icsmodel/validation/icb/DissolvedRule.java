package io.github.icsmodel.validation.icb;

import com.google.common.collect.ImmutableMap;
import io.github.icsmodel.identifier.OdsCode;
import io.github.icsmodel.system.IntegratedCareBoard;
import io.github.icsmodel.validation.AreaFacts;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * {@code icb.dissolved}: on the date of validation the ICB had been dissolved (its {@code dissolvedOn} is on or
 * before the date), so it owes no duty and no other rule about it runs: it is not asked for plans, reports or a
 * board for years after it ceased to exist. ICBs are established, and abolished, by order made by NHS England
 * (NHS Act 2006 s.14Z25(2); on 1 April 2026 twelve were abolished and six established in their place).
 *
 * <p>INFORMATION: no law is breached by describing a body that no longer exists, but the configuration is most
 * likely out of date, and nothing else in it was checked. One finding at
 * {@code /icb/dissolvedOn}. Where England's reference data know the ICB (by its ODS code), the finding names its
 * successors from them, whatever the configuration records; otherwise it names the successor the configuration
 * records, if any. The reference data's successions live in the serialization module and reach this rule through
 * {@link AreaFacts#icbSuccessors()}.
 */
final class DissolvedRule extends IcbExistenceTemplate {

  private final ImmutableMap<OdsCode, String> successors;

  /** Creates the rule without reference data: it names only the successor the configuration records. */
  DissolvedRule() {
    this(ImmutableMap.of());
  }

  /**
   * Creates the rule with the successors the reference data know.
   *
   * @param successors by the ODS code of each abolished ICB, the ICBs that took over its area
   */
  DissolvedRule(Map<OdsCode, String> successors) {
    super(
        "icb.dissolved",
        "The ICB had not been dissolved by the date of validation",
        "Configure the successor ICB, or validate as of a date before the dissolution.");
    this.successors = ImmutableMap.copyOf(successors);
  }

  @Override
  public void check(RuleContext context) {
    IntegratedCareBoard icb = context.system().icb();
    LocalDate asOf = context.asOf();
    if (icb.dissolvedOn().isEmpty() || asOf.isBefore(icb.dissolvedOn().get())) {
      return;
    }
    Optional<String> known = icb.odsCode().map(successors::get);
    String successor = known.isPresent()
        ? " As of " + asOf + " its area is " + known.get() + " (England's reference data)."
        : icb.successor()
            .map(code -> " The configuration records its successor as the ICB with ODS code " + code + ".")
            .orElse(" The configuration does not record its successor.");
    JsonPointer path = context.base().property("icb").property("dissolvedOn");
    context.report(path, icb.id(),
        icb.name() + " was dissolved on " + icb.dissolvedOn().get() + ", so on " + asOf + " it does not exist and"
            + " owes no duty: no other rule about it was checked." + successor);
  }
}
