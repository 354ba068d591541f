package io.github.icsmodel.validation;

/**
 * What a rule's finding means, from its {@link Rule#severity() severity} and whether its {@link Rule#basis() basis}
 * is law. Reports and the rule catalogue label findings by kind, so that advice about a statutory duty is never
 * presented as the law itself and a check of the configuration's own integrity is never counted as statutory.
 *
 * <ul>
 *   <li>{@link #LAW}: an ERROR (or FATAL) resting on an Act or statutory instrument; the configuration shows a requirement of
 *       the law unmet.
 *   <li>{@link #INTEGRITY}: an ERROR resting on this library's configuration format (unique ids, references that
 *       resolve, waivers of the law refused); not law, but the configuration cannot be checked without it.
 *   <li>{@link #LAW_NOT_SHOWN}: a WARNING resting on an Act or statutory instrument; the configuration does not
 *       show the requirement met (a fact it turns on is not recorded, or the provision directs how a power is
 *       exercised rather than a result), which is not a finding of breach.
 *   <li>{@link #POLICY}: a WARNING resting on NHS England or government policy; policy, not law.
 *   <li>{@link #LAW_ADVICE}: an INFORMATION finding resting on an Act or statutory instrument: the provision is
 *       law (a statutory "must" stays a "must"), but the finding is advice, not a finding of breach.
 *   <li>{@link #ADVICE}: an INFORMATION finding resting on policy or guidance; advice.
 * </ul>
 *
 * <p>The label describes the finding, not the provision: a statutory duty is never printed as "advice, not a
 * requirement" (law review of 7 December 2026, items B-56 and C-X3).
 */
public enum RuleKind {
  /** An ERROR resting on an Act or statutory instrument. */
  LAW("law"),
  /** An ERROR resting on the library's configuration format, not on law. */
  INTEGRITY("integrity check, not law"),
  /** A WARNING resting on law: the configuration does not show the requirement met; not a finding of breach. */
  LAW_NOT_SHOWN("law; the configuration does not show it met"),
  /** A WARNING resting on policy. */
  POLICY("policy, not law"),
  /** An INFORMATION finding resting on law: the provision is law; this finding is advice. */
  LAW_ADVICE("law; this finding is advice"),
  /** An INFORMATION finding resting on policy or guidance: advice. */
  ADVICE("advice, not a requirement");

  private final String label;

  RuleKind(String label) {
    this.label = label;
  }

  /**
   * Returns the kind of a rule with the given severity and basis.
   *
   * @param severity the severity
   * @param statutoryBasis whether the basis is law
   * @return the kind
   */
  public static RuleKind of(Severity severity, boolean statutoryBasis) {
    switch (severity) {
      case ERROR:
      case FATAL:
        return statutoryBasis ? LAW : INTEGRITY;
      case WARNING:
        return statutoryBasis ? LAW_NOT_SHOWN : POLICY;
      default:
        return statutoryBasis ? LAW_ADVICE : ADVICE;
    }
  }

  /**
   * Returns the label shown beside a rule's basis, such as "law" or "advice, not a requirement".
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}
