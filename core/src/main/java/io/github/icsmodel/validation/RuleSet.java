package io.github.icsmodel.validation;

import com.google.common.base.Joiner;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.validation.builtin.BuiltInRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * An immutable set of validation rules, ordered by rule id, with at most one rule for each id.
 *
 * <p>The library's own rules come as {@link #statutory()} (the rules whose breach makes a configuration invalid,
 * reported as {@link Severity#ERROR} and citing law), {@link #integrity()} (the few structural rules without which
 * a configuration cannot be checked at all, such as every reference resolving: errors, but not law),
 * {@link #policy()} (NHS England policy, advice, including advice on evidence for statutory duties, and statutory
 * requirements that a configuration does not show met because a fact is not recorded, reported as
 * {@link Severity#WARNING} or
 * {@link Severity#INFORMATION}) and {@link #all()}. Rules found through {@link java.util.ServiceLoader} come
 * from {@link #discovered()}. Sets combine with {@link #plus(RuleSet)}, {@link #with(Rule)},
 * {@link #without(RuleId)} and {@link #filter(Predicate)}, each returning a new set.
 *
 * <p>Instances are immutable and thread-safe, provided the rules are (as {@link Rule} requires).
 */
public final class RuleSet {
  private static final RuleSet EMPTY = new RuleSet(ImmutableSortedMap.of());

  private final ImmutableSortedMap<RuleId, Rule> rules;

  private RuleSet(ImmutableSortedMap<RuleId, Rule> rules) {
    this.rules = rules;
  }

  /**
   * The built-in rules, created on first use; each subset in a holder of its own, so that the first
   * {@link #all()} (the library's first validation, usually) does not build the three subsets too.
   */
  private static final class BuiltIn {
    static final RuleSet ALL = of(BuiltInRules.rules());
  }

  private static final class Statutory {
    static final RuleSet RULES = BuiltIn.ALL.filter(rule -> rule.kind() == RuleKind.LAW);
  }

  private static final class Policy {
    static final RuleSet RULES = BuiltIn.ALL.filter(rule -> !rule.severity().isBlocking());
  }

  private static final class Integrity {
    static final RuleSet RULES = BuiltIn.ALL.filter(rule -> rule.kind() == RuleKind.INTEGRITY);
  }

  /**
   * Returns the built-in rules that enforce the law: every built-in rule of {@link Severity#ERROR} severity that
   * cites an Act or statutory instrument ({@link RuleKind#LAW}). The integrity checks of the configuration itself
   * ({@link #integrity()}) are not among them, though they are errors too.
   *
   * @return the statutory rules
   */
  public static RuleSet statutory() {
    return Statutory.RULES;
  }

  /**
   * Returns the built-in integrity checks: the rules of {@link Severity#ERROR} severity that rest on this library's
   * configuration format rather than on law ({@link RuleKind#INTEGRITY}), such as unique ids and references that
   * resolve. Without them the statutory rules would check a structure that is not there.
   *
   * @return the integrity rules
   */
  public static RuleSet integrity() {
    return Integrity.RULES;
  }

  /**
   * Returns the built-in rules that check NHS England policy and give advice: every built-in rule of
   * {@link Severity#WARNING} or {@link Severity#INFORMATION} severity.
   *
   * @return the policy rules
   */
  public static RuleSet policy() {
    return Policy.RULES;
  }

  /**
   * Returns every built-in rule: {@link #statutory()}, {@link #integrity()} and {@link #policy()} together, without
   * facts about England's geography. For all the rules England has as of a date (the built-in rules with the
   * geography of that date, including {@code england.coverage}, and the rules that compare a configuration with
   * England's reference data), use {@code io.github.icsmodel.reference.EnglandReferenceRules.ruleSet(asOf)} from the
   * {@code ics-serialization} module, which the {@code ics} tool uses too.
   *
   * @return the built-in rules
   */
  public static RuleSet all() {
    return BuiltIn.ALL;
  }

  /**
   * Returns every built-in rule, with the rules that can use them drawing on facts about England's geography: the
   * county of each district (for the ICP and plan rules) and the list of England's districts (adding
   * {@code england.coverage}, s.14Z25(4) of the NHS Act 2006). The {@code ics-serialization} module supplies the
   * facts from ONS reference data.
   *
   * @param facts the facts
   * @return the built-in rules
   */
  public static RuleSet all(AreaFacts facts) {
    return of(BuiltInRules.rules(Objects.requireNonNull(facts, "facts")));
  }

  /**
   * Returns the rules of every {@link RuleProvider} that {@link ServiceLoader#load(Class)} finds, so that rules
   * from other jars join without code changes. The built-in rules are not among them.
   *
   * @return the discovered rules
   * @throws InvalidValueException if two different discovered rules share an id
   * @throws java.util.ServiceConfigurationError if a provider cannot be loaded
   */
  public static RuleSet discovered() {
    List<Rule> found = new ArrayList<>();
    for (RuleProvider provider : ServiceLoader.load(RuleProvider.class)) {
      found.addAll(provider.rules());
    }
    return of(found);
  }

  /**
   * Returns the empty rule set.
   *
   * @return a set with no rules
   */
  public static RuleSet empty() {
    return EMPTY;
  }

  /**
   * Obtains a set of the given rules.
   *
   * @param rules the rules; the same rule given twice (see {@link #plus(RuleSet)}) is kept once
   * @return the set
   * @throws InvalidValueException if two different rules share an id
   */
  public static RuleSet of(Rule... rules) {
    return of(List.of(rules));
  }

  /**
   * Obtains a set of the given rules.
   *
   * @param rules the rules; the same rule given twice (see {@link #plus(RuleSet)}) is kept once
   * @return the set
   * @throws InvalidValueException if two different rules share an id
   */
  public static RuleSet of(Iterable<? extends Rule> rules) {
    Objects.requireNonNull(rules, "rules");
    Map<RuleId, Rule> byId = new TreeMap<>();
    for (Rule rule : rules) {
      add(byId, rule);
    }
    return byId.isEmpty() ? EMPTY : new RuleSet(ImmutableSortedMap.copyOf(byId));
  }

  private static void add(Map<RuleId, Rule> byId, Rule rule) {
    Objects.requireNonNull(rule, "rule");
    RuleId id = Objects.requireNonNull(rule.id(), "rule id");
    Rule existing = byId.putIfAbsent(id, rule);
    if (existing != null && !isSameRule(existing, rule)) {
      throw new InvalidValueException("two rules have the id " + id + " but are not the same rule ("
          + existing.getClass().getName() + " and " + rule.getClass().getName() + "): a rule set holds one rule per"
          + " id; to put a rule in place of another, use with(rule)");
    }
  }

  /**
   * Whether two rules of one id are the same rule met twice, as when the same provider's rules come both from a
   * named rule set and from {@link #discovered()}: the same object, equal objects, or objects of the same class
   * with the same severity, basis and summary.
   */
  private static boolean isSameRule(Rule kept, Rule other) {
    return kept == other || kept.equals(other)
        || kept.getClass() == other.getClass()
            && kept.severity() == other.severity()
            && kept.basis().equals(other.basis())
            && kept.summary().equals(other.summary());
  }

  /**
   * Returns a set holding the rules of this set and of another. A rule in both is kept once: the same rule means
   * the same object, an equal object, or an object of the same class with the same id, severity, basis and summary,
   * so that {@code EnglandReferenceRules.ruleSet(asOf).plus(RuleSet.discovered())} holds each reference rule once
   * although the service loader creates new instances. Two different rules with one id are refused, because
   * silently keeping either would check something other than the caller asked for; use {@link #with(Rule)} to put
   * one rule in place of another.
   *
   * @param other the other set
   * @return the union
   * @throws InvalidValueException if a rule of the other set has the id of a different rule of this one
   */
  public RuleSet plus(RuleSet other) {
    Objects.requireNonNull(other, "other");
    if (other.rules.isEmpty()) {
      return this;
    }
    Map<RuleId, Rule> byId = new TreeMap<>(rules);
    for (Rule rule : other.rules.values()) {
      add(byId, rule);
    }
    return new RuleSet(ImmutableSortedMap.copyOf(byId));
  }

  /**
   * Returns a set with a rule added, replacing any rule with the same id, as a way to put a rule of one's own in
   * place of a built-in one.
   *
   * @param rule the rule
   * @return the new set
   */
  public RuleSet with(Rule rule) {
    Objects.requireNonNull(rule, "rule");
    RuleId id = Objects.requireNonNull(rule.id(), "rule id");
    Map<RuleId, Rule> byId = new TreeMap<>(rules);
    byId.put(id, rule);
    return new RuleSet(ImmutableSortedMap.copyOf(byId));
  }

  /**
   * Returns a set without the rule of the given id; this set if it has no such rule.
   *
   * @param id the rule id
   * @return the new set
   */
  public RuleSet without(RuleId id) {
    Objects.requireNonNull(id, "id");
    if (!rules.containsKey(id)) {
      return this;
    }
    return filter(rule -> !rule.id().equals(id));
  }

  /**
   * Returns a set of the rules that satisfy a condition, such as {@code r -> r.id().namespace().equals("board")}.
   *
   * @param condition the condition
   * @return the new set
   */
  public RuleSet filter(Predicate<? super Rule> condition) {
    Objects.requireNonNull(condition, "condition");
    ImmutableSortedMap.Builder<RuleId, Rule> kept = ImmutableSortedMap.naturalOrder();
    rules.forEach((id, rule) -> {
      if (condition.test(rule)) {
        kept.put(id, rule);
      }
    });
    return new RuleSet(kept.build());
  }

  /**
   * Finds a rule by id.
   *
   * @param id the id
   * @return the rule, if the set has it
   */
  public Optional<Rule> find(RuleId id) {
    return Optional.ofNullable(rules.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Returns the rules, in id order.
   *
   * @return an immutable list
   */
  public List<Rule> rules() {
    return rules.values().asList();
  }

  /**
   * Returns the number of rules.
   *
   * @return the size
   */
  public int size() {
    return rules.size();
  }

  /** Two sets are equal when they hold the same rule objects under the same ids. */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof RuleSet && ((RuleSet) obj).rules.equals(rules);
  }

  @Override
  public int hashCode() {
    return rules.hashCode();
  }

  /** Returns the number of rules and their ids, such as {@code RuleSet[2 rules: board.chair-count, ...]}. */
  @Override
  public String toString() {
    return "RuleSet[" + rules.size() + (rules.size() == 1 ? " rule" : " rules")
        + (rules.isEmpty() ? "" : ": " + Joiner.on(", ").join(rules.keySet()))
        + "]";
  }
}
