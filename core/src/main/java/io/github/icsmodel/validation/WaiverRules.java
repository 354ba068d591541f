package io.github.icsmodel.validation;

import com.google.common.collect.ImmutableList;
import io.github.icsmodel.law.PolicyReference;
import java.util.List;

/**
 * The rules the {@link Validator} itself applies to a system's {@linkplain Waiver waivers}. They are rules like
 * any other in the catalogue (id, severity, summary, remedy), but their {@link Rule#check(RuleContext)} does
 * nothing: a waiver can only be judged against the findings of the other rules, so the validator applies these
 * after running them.
 *
 * <p>Their basis is the library's own waiver convention, not law or NHS England policy: only policy and advice
 * can be waived, because the law cannot be waived locally. A {@code waiver.statutory-refused} finding cites the
 * provision of the waived rule instead.
 */
final class WaiverRules {
  private WaiverRules() {}

  /** The namespace of these rules, reserved for the validator. */
  static final String NAMESPACE = "waiver";

  /** The library's waiver convention, the basis of these rules. */
  static final PolicyReference CONVENTION =
      PolicyReference.of("icsmodel", "Waivers of validation rules (io.github.icsmodel.validation.Waiver)", "");

  /** A waiver names a rule of ERROR or FATAL severity: refused, and reported as an error. */
  static final Rule STATUTORY_REFUSED =
      new WaiverRule(
          "waiver.statutory-refused",
          Severity.ERROR,
          "A waiver names a statutory rule, and the law cannot be waived locally: the waiver is refused",
          "Remove the waiver and meet the statutory requirement; the finding it names stays in force. The finding"
              + " cites the provision of the waived rule.");

  /** A waiver's expiry date has passed: it no longer waives anything. */
  static final Rule EXPIRED =
      new WaiverRule(
          "waiver.expired",
          Severity.WARNING,
          "A waiver has expired, so the findings it covered count again",
          "Renew the waiver with a fresh approval and expiry date, or remove it and meet the requirement.");

  /** A waiver in force matched no finding of the rule it names. */
  static final Rule UNUSED =
      new WaiverRule(
          "waiver.unused",
          Severity.INFORMATION,
          "A waiver matches no finding: the departure it approved is no longer there, or its path is wrong",
          "Remove the waiver if the departure has been resolved; otherwise correct its path, which is relative to"
              + " the system's own document.");

  /** A waiver names a rule the validator does not know. */
  static final Rule UNKNOWN_RULE =
      new WaiverRule(
          "waiver.unknown-rule",
          Severity.WARNING,
          "A waiver names a rule id that no rule has",
          "Correct the rule id (see the rule catalogue), or remove the waiver.");

  /** All four, in id order. */
  static final List<Rule> ALL = ImmutableList.of(EXPIRED, STATUTORY_REFUSED, UNKNOWN_RULE, UNUSED);

  @NoQuotation(
      "The validator's own convention for waivers, described in its documentation; no statute or guidance speaks to it.")
  private static final class WaiverRule extends AbstractRule {
    WaiverRule(String id, Severity severity, String summary, String remedy) {
      super(id, severity, CONVENTION, summary, remedy, null);
    }

    /** Does nothing: the validator applies this rule to the waivers after running the other rules. */
    @Override
    public void check(RuleContext context) {}
  }
}
