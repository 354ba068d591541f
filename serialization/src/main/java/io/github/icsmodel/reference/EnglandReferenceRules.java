package io.github.icsmodel.reference;

import com.google.common.collect.ImmutableList;
import io.github.icsmodel.law.PolicyReference;
import io.github.icsmodel.validation.Rule;
import io.github.icsmodel.validation.RuleProvider;
import io.github.icsmodel.validation.RuleSet;
import io.github.icsmodel.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The registry of rules: all the rules England has as of a date, {@link #ruleSet(LocalDate)}, the one way to get them,
 * which the {@code ics} tool uses for {@code validate}, {@code rules} and {@code explain}; and
 * {@link #catalogue(LocalDate)}, the same with the validator's rules for waivers, which {@code ics rules} lists,
 * {@code ics explain} explains and the repository's {@code docs/rules.md} documents.
 *
 * <p>{@code ruleSet(asOf)} holds every built-in rule given the facts of the geography in force on that date (so
 * {@code england.coverage} too), and the two rules that compare a configuration with England's reference data as of
 * the date of validation: {@code reference.icb-identity} (official codes and name; an ICB abolished by that date is
 * reported once, naming its successors) and {@code reference.icb-footprint} (official area). Combine it with rules
 * of your own or with {@link RuleSet#discovered()} through {@link RuleSet#plus(RuleSet)}: as a {@link RuleProvider}
 * this class is found by {@link java.util.ServiceLoader} too, and the same rule met twice is kept once.
 *
 * <pre>{@code
 * RuleSet rules = EnglandReferenceRules.ruleSet(asOf).plus(RuleSet.discovered());
 * ValidationReport report = Validator.of(rules).validate(system, asOf);
 * }</pre>
 */
public final class EnglandReferenceRules implements RuleProvider {
  /** The basis of the reference rules: the ONS lookups the reference data are derived from. */
  static final PolicyReference ONS_LOOKUPS =
      PolicyReference.of(
          "Office for National Statistics",
          "Open Geography Portal lookups of integrated care boards, sub-ICB locations and local authority districts"
              + " (July 2022, April 2024 and April 2026)",
          "");

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public EnglandReferenceRules() {}

  /** The two reference rules; they hold no state, so one instance of each serves every caller. */
  private static final List<Rule> RULES = ImmutableList.of(new IcbFootprintRule(), new IcbIdentityRule());

  /** The rule sets already built, one per edition of the geography and one for dates before any. */
  private static final Map<Optional<Geography>, RuleSet> BY_EDITION = new ConcurrentHashMap<>();

  @Override
  public List<Rule> rules() {
    return RULES;
  }

  /**
   * Returns all the rules England has as of a date: every built-in rule, given the facts of the geography in force
   * on that date (the counties of districts, and all districts, so that {@code england.coverage} is checked),
   * together with the reference rules. Before 1 July 2022 no geography is in force and the built-in rules are used
   * without facts. Validate with the same date, since the reference rules answer as of the date of validation.
   *
   * @param asOf the date of validation
   * @return the rules
   * @throws NullPointerException if asOf is null
   */
  public static RuleSet ruleSet(LocalDate asOf) {
    Optional<Geography> edition = Geography.on(Objects.requireNonNull(asOf, "asOf"));
    return BY_EDITION.computeIfAbsent(edition, key -> key
        .map(geography -> RuleSet.all(EnglandReference.load().areaFacts(geography)))
        .orElse(RuleSet.all())
        .plus(RuleSet.of(RULES)));
  }

  /**
   * Returns every rule England has as of a date, {@link #ruleSet(LocalDate)}, together with the rules every
   * validator applies to waivers ({@link Validator#waiverRules()}): the catalogue of rules to list, explain and
   * document. Validate with {@link #ruleSet(LocalDate)}: {@link Validator#of(RuleSet)} refuses the waiver rules,
   * which it applies itself.
   *
   * @param asOf the date
   * @return the rules and the waiver rules
   * @throws NullPointerException if asOf is null
   */
  public static RuleSet catalogue(LocalDate asOf) {
    return ruleSet(asOf).plus(RuleSet.of(Validator.waiverRules()));
  }
}
