package io.github.icsmodel.validation.local;

import io.github.icsmodel.board.Committee;
import io.github.icsmodel.law.Basis;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.util.List;
import java.util.Optional;

/**
 * A rule on the ICB's remuneration committee: the first committee of kind {@code remuneration}, at
 * {@code /icb/committees/i}. Silent where the configuration records none.
 */
abstract class RemunerationCommitteeTemplate extends AbstractRule {

  RemunerationCommitteeTemplate(String id, Severity severity, Basis basis, String summary, String remedy,
      String quotation) {
    super(id, severity, basis, summary, remedy, quotation);
  }

  @Override
  public final void check(RuleContext context) {
    List<Committee> committees = context.system().icb().committees();
    Optional<Integer> index = Committees.remunerationCommittee(committees);
    if (index.isPresent()) {
      check(context, committees.get(index.get()), Committees.committees(context).index(index.get()));
    }
  }

  /**
   * Checks the remuneration committee.
   *
   * @param context the context
   * @param committee the committee
   * @param path the committee's JSON Pointer
   */
  abstract void check(RuleContext context, Committee committee, JsonPointer path);
}
