package io.github.icsmodel.validation.board;

import io.github.icsmodel.board.ExecutivePortfolio;

/**
 * {@code board.executive-finance}: an ordinary member of the board is the director of finance (chief finance officer). NHS England's model ICB constitution, as ICBs
 * adopt it: "NHS England Policy requires the ICB to appoint the following additional Ordinary Members: three
 * Executive Members, namely: Director of Finance – hereafter referred to as the Chief Finance Officer; Medical
 * Director; Director of Nursing; ...". Policy, not law: a warning.
 */
final class ExecutiveFinanceRule extends ExecutivePortfolioTemplate {
  /** Creates the rule. */
  ExecutiveFinanceRule() {
    super("board.executive-finance", ExecutivePortfolio.FINANCE, "director of finance (chief finance officer)");
  }
}
