package io.github.icsmodel.inequality;

/**
 * What an indicator measures, in the words of the second core purpose ("tackle inequalities in outcomes,
 * experience and access") and of the two limbs of s.14Z35 of the NHS Act 2006: (a) access and (b) outcomes.
 */
public enum IndicatorDomain {
  /** Ability to access health services: the s.14Z35(a) limb. */
  ACCESS,
  /** Experience of care, a word of the core purpose; s.14Z34(3)(c) counts it among the outcomes. */
  EXPERIENCE,
  /** Outcomes achieved by the provision of health services: the s.14Z35(b) limb. */
  OUTCOME
}
