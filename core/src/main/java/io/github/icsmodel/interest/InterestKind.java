package io.github.icsmodel.interest;

/** The kind of an interest declared. */
public enum InterestKind {
  /** A financial interest. */
  FINANCIAL,
  /** A non-financial professional interest. */
  NON_FINANCIAL_PROFESSIONAL,
  /** A non-financial personal interest. */
  NON_FINANCIAL_PERSONAL,
  /** An indirect interest, through a close association. */
  INDIRECT
}
