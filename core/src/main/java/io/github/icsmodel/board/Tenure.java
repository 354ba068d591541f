package io.github.icsmodel.board;

/** How a person holds a seat: substantively, or as an acting or interim holder. */
public enum Tenure {
  /** The substantive holder of the post. */
  SUBSTANTIVE,
  /** Acting up into the post, usually while also holding another. */
  ACTING,
  /** Appointed for an interim period until a substantive appointment is made. */
  INTERIM
}
