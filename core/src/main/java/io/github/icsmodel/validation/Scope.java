package io.github.icsmodel.validation;

/** What a rule looks at: one integrated care system, or a national configuration of several. */
public enum Scope {
  /** The rule checks one system at a time. */
  SYSTEM,
  /** The rule checks a national configuration as a whole, such as the s.14Z25(3) and (4) checks. */
  NATIONAL
}
