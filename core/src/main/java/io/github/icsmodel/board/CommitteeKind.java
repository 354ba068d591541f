package io.github.icsmodel.board;

/** The kind of a committee of an integrated care board (Sch. 1B para 11). */
public enum CommitteeKind {
  /** The audit committee. */
  AUDIT,
  /** The remuneration committee. */
  REMUNERATION,
  /** A quality committee. */
  QUALITY,
  /** A finance committee. */
  FINANCE,
  /** A place committee or place board. */
  PLACE,
  /** Any other committee. */
  OTHER
}
