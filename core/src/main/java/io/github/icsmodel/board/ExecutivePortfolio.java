package io.github.icsmodel.board;

/**
 * An executive portfolio held by a board member. NHS England policy requires three executive members: the
 * director of finance (chief finance officer), the medical director and the director of nursing. One person may
 * hold more than one portfolio.
 */
public enum ExecutivePortfolio {
  /** Director of finance, also called chief finance officer. */
  FINANCE,
  /** Medical director. */
  MEDICAL,
  /** Director of nursing. */
  NURSING,
  /** Any other executive portfolio, such as a deputy chief executive or a director of strategy. */
  OTHER
}
