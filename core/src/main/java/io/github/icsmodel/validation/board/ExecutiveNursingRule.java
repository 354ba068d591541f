package io.github.icsmodel.validation.board;

import io.github.icsmodel.board.ExecutivePortfolio;

/**
 * {@code board.executive-nursing}: an ordinary member of the board is the director of nursing. NHS England's model ICB constitution, as ICBs
 * adopt it: "NHS England Policy requires the ICB to appoint the following additional Ordinary Members: three
 * Executive Members, namely: Director of Finance – hereafter referred to as the Chief Finance Officer; Medical
 * Director; Director of Nursing; ...". Policy, not law: a warning.
 */
final class ExecutiveNursingRule extends ExecutivePortfolioTemplate {
  /** Creates the rule. */
  ExecutiveNursingRule() {
    super("board.executive-nursing", ExecutivePortfolio.NURSING, "director of nursing");
  }
}
