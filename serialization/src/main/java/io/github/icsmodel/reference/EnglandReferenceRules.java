package io.github.icsmodel.reference;

import com.google.common.collect.ImmutableList;
import io.github.icsmodel.law.PolicyReference;
import io.github.icsmodel.validation.Rule;
import io.github.icsmodel.validation.RuleProvider;
import io.github.icsmodel.validation.RuleSet;
import java.time.LocalDate;
import java.util.List;

/**
 * The validation rules that compare a configuration with England's reference data, and the rule set that uses the
 * reference data throughout.
 *
 * <p>As a {@link RuleProvider}, found by {@link java.util.ServiceLoader} (so {@link RuleSet#discovered()} includes
 * them), it adds {@code reference.icb-identity} and {@code reference.icb-footprint}: an ICB that is one of the 42
 * has its official codes, name and area. {@link #ruleSet(LocalDate)} returns every built-in rule given the
 * geography in force on a date, together with these.
 */
public final class EnglandReferenceRules implements RuleProvider {
  /** The basis of the reference rules: the ONS lookups the reference data are derived from. */
  static final PolicyReference ONS_LOOKUPS =
      PolicyReference.of(
          "Office for National Statistics",
          "Open Geography Portal lookups of integrated care boards and local authority districts (July 2022 and"
              + " April 2024)",
          "");

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public EnglandReferenceRules() {}

  @Override
  public List<Rule> rules() {
    return ImmutableList.of(new IcbFootprintRule(), new IcbIdentityRule());
  }

  /**
   * Returns every built-in rule, given the facts of England's geography in force on a date (the counties of
   * districts, and all districts, so that {@code england.coverage} is checked), together with the reference rules.
   * Before 1 July 2022 no geography is in force and the built-in rules are used without facts.
   *
   * @param asOf the date of validation
   * @return the rules
   */
  public static RuleSet ruleSet(LocalDate asOf) {
    RuleSet builtIn = Geography.on(asOf)
        .map(edition -> RuleSet.all(EnglandReference.load().areaFacts(edition)))
        .orElse(RuleSet.all());
    return builtIn.plus(RuleSet.of(new EnglandReferenceRules().rules()));
  }
}
