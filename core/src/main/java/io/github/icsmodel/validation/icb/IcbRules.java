package io.github.icsmodel.validation.icb;

import com.google.common.collect.ImmutableList;
import io.github.icsmodel.law.Act;
import io.github.icsmodel.law.LegalReference;
import io.github.icsmodel.law.StartDate;
import io.github.icsmodel.validation.AreaFacts;
import io.github.icsmodel.validation.Rule;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The rules on the existence of the integrated care board on the date of validation. */
public final class IcbRules {
  private IcbRules() {}

  /**
   * NHS Act 2006 s.14Z25(2): "Each integrated care board is to be established by order made by NHS England for an
   * area within England."
   */
  static final LegalReference ESTABLISHMENT = LegalReference.section(Act.NHS_ACT_2006, "14Z25").subdivision("(2)");

  /** The text of s.14Z25(2). */
  static final String S14Z25_2 =
      "(2) Each integrated care board is to be established by order made by NHS England for an area within England.";

  /** The day the first integrated care boards were established, and the provisions on them came into force. */
  static final LocalDate FIRST_ICBS = LocalDate.of(2022, 7, 1);

  /**
   * Returns the rules.
   *
   * @return the rules, in id order
   */
  public static List<Rule> rules() {
    return rules(AreaFacts.none());
  }

  /**
   * Returns the rules, {@code icb.dissolved} naming the successors the facts know.
   *
   * @param facts the facts
   * @return the rules, in id order
   */
  public static List<Rule> rules(AreaFacts facts) {
    return ImmutableList.of(new DissolvedRule(facts.icbSuccessors()), new NotYetEstablishedRule());
  }

  /** These rules speak about time itself, so they apply on every date: they have no start date of their own. */
  static Optional<StartDate> always() {
    return Optional.empty();
  }
}
