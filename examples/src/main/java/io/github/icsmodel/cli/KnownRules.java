package io.github.icsmodel.cli;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.reference.EnglandReferenceRules;
import io.github.icsmodel.validation.Rule;
import io.github.icsmodel.validation.RuleId;
import io.github.icsmodel.validation.RuleSet;
import io.github.icsmodel.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules the tool knows as of a date, the one source that {@code validate}, {@code rules} and {@code explain}
 * read: the registry ({@link EnglandReferenceRules#ruleSet(LocalDate)}) and the rules of any other
 * {@link io.github.icsmodel.validation.RuleProvider} on the class path, which is how a user's rules join.
 */
final class KnownRules {
  private KnownRules() {}

  /**
   * Returns the rules {@code ics validate} checks as of a date: all the rules England has on that date (the built-in
   * rules with the geography of that date, and the reference-data rules) and the discovered rules.
   *
   * @param date the as-of date
   * @return the rules
   */
  static RuleSet validated(LocalDate date) {
    return EnglandReferenceRules.ruleSet(date).plus(RuleSet.discovered());
  }

  /**
   * Returns every rule the tool knows as of a date, {@link #validated(LocalDate)} and the validator's waiver rules,
   * which every validation applies: what {@code ics rules} lists.
   *
   * @param date the as-of date
   * @return the rules, in id order, the waiver rules last
   */
  static List<Rule> listed(LocalDate date) {
    return listed(validated(date));
  }

  /**
   * Returns the rules {@link #validated(LocalDate)} gave, and the validator's waiver rules: {@link #listed(LocalDate)}
   * for a caller that has already built them.
   *
   * @param validated the rules {@code ics validate} checks
   * @return the rules, in id order, the waiver rules last
   */
  static List<Rule> listed(RuleSet validated) {
    List<Rule> rules = new ArrayList<>(validated.rules());
    rules.addAll(Validator.waiverRules());
    return rules;
  }

  /**
   * Finds a rule among those the tool knows, as {@link #listed(LocalDate)} gives them (so that a caller that also
   * needs the list, as {@code explain} does for its suggestions, builds it once).
   *
   * @param known the rules the tool knows, waiver rules included
   * @param id the rule id as typed
   * @return the rule, or empty if no known rule has the id (or the text is not a rule id)
   */
  static Optional<Rule> find(List<Rule> known, String id) {
    RuleId ruleId;
    try {
      ruleId = RuleId.of(id);
    } catch (InvalidValueException notAnId) {
      return Optional.empty();
    }
    return known.stream().filter(rule -> rule.id().equals(ruleId)).findFirst();
  }

}
