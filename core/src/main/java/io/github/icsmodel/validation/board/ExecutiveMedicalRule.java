package io.github.icsmodel.validation.board;

import io.github.icsmodel.board.ExecutivePortfolio;

/**
 * {@code board.executive-medical}: an ordinary member of the board is the medical director. NHS England's model ICB constitution, as ICBs
 * adopt it: "NHS England Policy requires the ICB to appoint the following additional Ordinary Members: three
 * Executive Members, namely: Director of Finance – hereafter referred to as the Chief Finance Officer; Medical
 * Director; Director of Nursing; ...". Policy, not law: a warning.
 */
final class ExecutiveMedicalRule extends ExecutivePortfolioTemplate {
  /** Creates the rule. */
  ExecutiveMedicalRule() {
    super("board.executive-medical", ExecutivePortfolio.MEDICAL, "medical director");
  }
}
