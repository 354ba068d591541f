package io.github.icsmodel.validation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.immutables.value.Value;

/**
 * The result of validating a configuration as of a date: every finding, in a deterministic order, with counts by
 * severity. Validation never throws for unlawful data; it returns a report, which {@link #isValid() is valid} when
 * no finding is an unwaived {@link Severity#ERROR} or {@link Severity#FATAL}.
 *
 * <p>Findings are ordered by severity (the most serious first), then rule id, then path
 * ({@link JsonPointer#compareTo(JsonPointer)}, so {@code /members/2} comes before {@code /members/10}), then message,
 * whatever order they were given in; every report writer (text, JSON, SARIF) keeps this order. Counts are of unwaived
 * findings; {@link #waivedCount()} counts the rest. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ValidationReport implements WithValidationReport {
  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::severity, Comparator.reverseOrder())
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::path)
          .thenComparing(Finding::message)
          .thenComparing(finding -> finding.subject().map(Object::toString).orElse(""))
          .thenComparing(Finding::isWaived);

  ValidationReport() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ValidationReport} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableValidationReport.Builder {
    Builder() {}
  }

  /**
   * Obtains a report of findings as of a date.
   *
   * @param asOf the date the configuration was validated as of
   * @param findings the findings, in any order
   * @return the report
   */
  public static ValidationReport of(LocalDate asOf, Iterable<Finding> findings) {
    return builder().asOf(asOf).findings(findings).build();
  }

  /**
   * Obtains a report of findings as of a date, with the coverage of the rules that produced them.
   *
   * @param asOf the date the configuration was validated as of
   * @param findings the findings, in any order
   * @param coverage what the rules cover and cannot see
   * @return the report
   */
  public static ValidationReport of(LocalDate asOf, Iterable<Finding> findings, Coverage coverage) {
    return builder().asOf(asOf).findings(findings).coverage(coverage).build();
  }

  /**
   * What the rules that produced this report cover and cannot see: the provisions checked and the duties no rule
   * checks. A report with no errors is not a finding of lawfulness ({@link Coverage#statement()}). A report built
   * by hand, or by {@link #of(LocalDate, Iterable)}, has {@link Coverage#unknown() unknown} coverage;
   * {@link Validator} fills it in.
   *
   * @return the coverage
   */
  @Value.Default
  public Coverage coverage() {
    return Coverage.unknown();
  }

  /**
   * The kinds of rule the report's rule set held: all five for {@link RuleSet#all()}; {@link RuleKind#LAW} and
   * {@link RuleKind#INTEGRITY} for the statutory rules only; {@link RuleKind#LAW_NOT_SHOWN}, {@link RuleKind#POLICY}
   * and {@link RuleKind#ADVICE} for the policy rules only. Empty when not known (a report built by hand, or read
   * from a report that did not record it). A report whose rules held no {@link RuleKind#LAW} rule checked no
   * statutory requirement, so {@link #isValid()} says nothing about the law: a report writer says what was left out
   * ({@link #omits(RuleKind)}) instead of calling it valid.
   *
   * @return the kinds of rule that ran, or an empty set if not known
   */
  public abstract java.util.Set<RuleKind> ruleKinds();

  /**
   * Returns whether the rules behind this report are known to have left out a kind of rule: the report records the
   * kinds that ran ({@link #ruleKinds()} is not empty) and the kind is not among them.
   *
   * @param kind the kind
   * @return true if rules of that kind were known not to run
   */
  public final boolean omits(RuleKind kind) {
    Objects.requireNonNull(kind, "kind");
    return !ruleKinds().isEmpty() && !ruleKinds().contains(kind);
  }

  /**
   * The date the configuration was validated as of.
   *
   * @return the date
   */
  public abstract LocalDate asOf();

  /**
   * Every finding, waived or not, ordered by severity (the most serious first), then rule id, then path, then
   * message.
   *
   * @return the findings
   */
  public abstract List<Finding> findings();

  /**
   * Returns the number of unwaived findings of a severity.
   *
   * @param severity the severity
   * @return the count
   */
  public final int count(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    int count = 0;
    for (Finding finding : findings()) {
      if (finding.severity() == severity && !finding.isWaived()) {
        count++;
      }
    }
    return count;
  }

  /**
   * Returns the number of unwaived findings of each severity, every severity present (with zero if none), in
   * ascending order of severity.
   *
   * @return an immutable map
   */
  public final Map<Severity, Integer> counts() {
    EnumMap<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      counts.put(severity, 0);
    }
    for (Finding finding : findings()) {
      if (!finding.isWaived()) {
        counts.merge(finding.severity(), 1, Integer::sum);
      }
    }
    return Maps.immutableEnumMap(counts);
  }

  /**
   * Returns the number of findings a waiver covers.
   *
   * @return the count
   */
  public final int waivedCount() {
    int count = 0;
    for (Finding finding : findings()) {
      if (finding.isWaived()) {
        count++;
      }
    }
    return count;
  }

  /**
   * Returns whether the configuration is valid: no finding is an unwaived ERROR or FATAL.
   *
   * @return true if valid
   */
  public final boolean isValid() {
    return blocking().isEmpty();
  }

  /**
   * Returns the findings that make the configuration invalid: unwaived ERROR and FATAL findings.
   *
   * @return the blocking findings, in report order
   */
  public final List<Finding> blocking() {
    return select(Finding::isBlocking);
  }

  /**
   * Returns a report of the same date, coverage and rule kinds with only the findings that satisfy a condition.
   *
   * @param condition the condition
   * @return the narrower report
   */
  public final ValidationReport filter(Predicate<? super Finding> condition) {
    return builder().from(this).findings(select(condition)).build();
  }

  /**
   * Returns the findings of a severity, waived or not.
   *
   * @param severity the severity
   * @return the findings, in report order
   */
  public final List<Finding> bySeverity(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return select(finding -> finding.severity() == severity);
  }

  /**
   * Returns the findings of a rule, waived or not.
   *
   * @param rule the rule's id
   * @return the findings, in report order
   */
  public final List<Finding> forRule(RuleId rule) {
    Objects.requireNonNull(rule, "rule");
    return select(finding -> finding.ruleId().equals(rule));
  }

  /**
   * Returns the findings at a path or inside it, waived or not: {@code at(JsonPointer.of("/icb/board"))} gives
   * the findings about the board and its members.
   *
   * @param path the path
   * @return the findings, in report order
   */
  public final List<Finding> at(JsonPointer path) {
    Objects.requireNonNull(path, "path");
    return select(finding -> finding.path().startsWith(path));
  }

  private List<Finding> select(Predicate<? super Finding> condition) {
    Objects.requireNonNull(condition, "condition");
    return findings().stream().filter(condition).collect(ImmutableList.toImmutableList());
  }

  @Value.Check
  ValidationReport normalize() {
    List<Finding> findings = findings();
    for (int i = 1; i < findings.size(); i++) {
      if (ORDER.compare(findings.get(i - 1), findings.get(i)) > 0) {
        return builder().from(this).findings(ImmutableList.sortedCopyOf(ORDER, findings)).build();
      }
    }
    return this;
  }

  /**
   * Returns a one-line summary, such as
   * {@code "ValidationReport as of 2026-04-01: invalid; 0 fatal, 2 errors, 1 warning, 0 information; 1 waived"}.
   */
  @Override
  public String toString() {
    Map<Severity, Integer> counts = counts();
    return "ValidationReport as of " + asOf() + ": " + (isValid() ? "valid" : "invalid") + "; "
        + counts.get(Severity.FATAL) + " fatal, "
        + plural(counts.get(Severity.ERROR), "error") + ", "
        + plural(counts.get(Severity.WARNING), "warning") + ", "
        + counts.get(Severity.INFORMATION) + " information; "
        + waivedCount() + " waived";
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
