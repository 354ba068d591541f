package io.github.icsmodel.validation;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.law.Basis;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.system.NationalConfiguration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Validates integrated care systems, or a national configuration of several, against a {@link RuleSet} as of a
 * date, and returns a {@link ValidationReport}.
 *
 * <p>A rule is skipped on a date before its {@linkplain Rule#startDate() start date} or for which
 * {@link Rule#appliesOn(LocalDate)} is false. A system whose {@linkplain IntegratedCareSystem#existsOn(LocalDate) ICB
 * does not exist} on the date (not yet established, or dissolved) is checked only by the rules that do not
 * {@linkplain Rule#requiresExistingIcb() require an existing ICB}, among them {@code icb.not-yet-established} and
 * {@code icb.dissolved}, which say so in one finding. System rules run once for
 * each system: for a single system with paths from the root of its document, and inside a national configuration
 * with paths under {@code /systems/i}. National rules run once for a national configuration, and not at all for a
 * single system.
 *
 * <p>Every report carries the coverage of the rule set and the kinds of rule in it ({@link
 * ValidationReport#ruleKinds()}), so that a report of a filtered set (the policy rules only, say) is never read as a
 * verdict on the law.
 *
 * <p>Validation never throws for invalid data. A rule that throws a {@link RuntimeException} is reported as a
 * {@link Severity#FATAL} finding of that rule at the system's path, saying that the rule failed, and validation
 * goes on with the other rules (findings the rule reported before it failed are kept).
 *
 * <p><b>Waivers.</b> A system's {@linkplain IntegratedCareSystem#waivers() waivers} cover the WARNING and
 * INFORMATION findings of the rule they name at their path or inside it, while they are in force; a waiver's path is
 * relative to its own system's document (so {@code /icb/board} in the third system of a national configuration
 * covers {@code /systems/2/icb/board} and everything under it, national findings included). The validator applies
 * four rules of its own to the waivers, listed by {@link #waiverRules()} and reported at the waiver's path
 * ({@code /waivers/i}):
 *
 * <ul>
 *   <li>{@code waiver.statutory-refused} (ERROR): the waiver names a rule of ERROR or FATAL severity. The law
 *       cannot be waived locally, so the waiver is refused, its findings stay unwaived, and the finding cites the
 *       provision of the waived rule.
 *   <li>{@code waiver.expired} (WARNING): the waiver expired before the date of validation, so it covers nothing.
 *   <li>{@code waiver.unused} (INFORMATION): the waiver is in force but its rule, which ran, found nothing at or
 *       inside its path. A waiver of a rule that did not run (not in the rule set, or not applying on the date) is
 *       not reported as unused.
 *   <li>{@code waiver.unknown-rule} (WARNING): the waiver names an id that is neither in the rule set, nor a
 *       built-in rule, nor one of these four.
 * </ul>
 *
 * <p>Findings of these four are never waived. The namespace {@code waiver} is reserved for them. When several
 * waivers cover a finding, the first in the system's list is recorded.
 *
 * <p>Validation takes time linear in the size of the configuration (times the depth of paths, which is small).
 * Instances are immutable and thread-safe.
 */
public final class Validator {
  private final RuleSet rules;
  /** The coverage of {@link #rules}, the same for every validation, so computed once. */
  private final Coverage coverage;
  /** The kinds of rule in {@link #rules}, which every report records. */
  private final java.util.EnumSet<RuleKind> kinds = java.util.EnumSet.noneOf(RuleKind.class);

  private Validator(RuleSet rules) {
    this.rules = rules;
    this.coverage = Coverage.of(rules.rules());
    rules.rules().forEach(rule -> kinds.add(rule.kind()));
  }

  /**
   * Obtains a validator that checks the rules of a set.
   *
   * @param rules the rules
   * @return the validator
   * @throws InvalidValueException if a rule is in the namespace {@code waiver}, which is reserved for the
   *     validator's own rules
   */
  public static Validator of(RuleSet rules) {
    Objects.requireNonNull(rules, "rules");
    for (Rule rule : rules.rules()) {
      if (rule.id().namespace().equals(WaiverRules.NAMESPACE)) {
        throw new InvalidValueException(
            "rule " + rule.id() + ": the namespace \"" + WaiverRules.NAMESPACE + "\" is reserved for the"
                + " validator's own rules about waivers");
      }
    }
    return new Validator(rules);
  }

  /**
   * The rules the validator applies to waivers: {@code waiver.expired}, {@code waiver.statutory-refused},
   * {@code waiver.unknown-rule} and {@code waiver.unused}, in id order. Every validator applies them, whatever its
   * rule set.
   *
   * @return the rules
   */
  public static List<Rule> waiverRules() {
    return WaiverRules.ALL;
  }

  /**
   * The rules this validator checks.
   *
   * @return the rule set
   */
  public RuleSet rules() {
    return rules;
  }

  /**
   * Validates one integrated care system as of a date. Paths in the report are from the root of the system's
   * own document; national rules do not run.
   *
   * @param system the system
   * @param asOf the date the configuration is validated as of
   * @return the report
   */
  public ValidationReport validate(IntegratedCareSystem system, LocalDate asOf) {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(asOf, "asOf");
    Run run = new Run(asOf);
    List<Rule> systemRules = run.applying(Scope.SYSTEM, JsonPointer.root());
    run.checkSystem(systemRules, system, JsonPointer.root());
    run.applyWaivers(List.of(system), List.of(JsonPointer.root()));
    return report(asOf, run.findings);
  }

  /**
   * Validates a national configuration as of a date: the system rules for each system, with paths under
   * {@code /systems/i}, then the national rules once.
   *
   * @param national the configuration
   * @param asOf the date the configuration is validated as of
   * @return the report
   */
  public ValidationReport validate(NationalConfiguration national, LocalDate asOf) {
    Objects.requireNonNull(national, "national");
    Objects.requireNonNull(asOf, "asOf");
    Run run = new Run(asOf);
    List<Rule> systemRules = run.applying(Scope.SYSTEM, JsonPointer.root());
    List<JsonPointer> bases = new ArrayList<>(national.systems().size());
    JsonPointer systemsPath = JsonPointer.root().property("systems");
    for (int i = 0; i < national.systems().size(); i++) {
      JsonPointer base = systemsPath.index(i);
      bases.add(base);
      run.checkSystem(systemRules, national.systems().get(i), base);
    }
    for (Rule rule : run.applying(Scope.NATIONAL, JsonPointer.root())) {
      run.check(rule, RuleContext.forNational(rule, national, asOf), JsonPointer.root());
    }
    run.applyWaivers(national.systems(), bases);
    return report(asOf, run.findings);
  }

  private ValidationReport report(LocalDate asOf, List<Finding> findings) {
    return ValidationReport.builder().asOf(asOf).findings(findings).coverage(coverage).ruleKinds(kinds).build();
  }

  @Override
  public String toString() {
    return "Validator[" + rules + "]";
  }

  /** One validation: the date, the rules that ran, and the findings so far. Not thread-safe; never shared. */
  private final class Run {
    final LocalDate asOf;
    final List<Finding> findings = new ArrayList<>();
    final Set<RuleId> ran = new HashSet<>();

    Run(LocalDate asOf) {
      this.asOf = asOf;
    }

    /** The rules of a scope that apply on the date; a rule that throws deciding is reported as FATAL. */
    List<Rule> applying(Scope scope, JsonPointer base) {
      List<Rule> applying = new ArrayList<>();
      for (Rule rule : rules.rules()) {
        if (rule.scope() != scope) {
          continue;
        }
        boolean applies;
        try {
          applies = rule.startDate().map(start -> start.appliesOn(asOf)).orElse(true) && rule.appliesOn(asOf);
        } catch (RuntimeException e) {
          findings.add(failed(rule, base, "deciding whether it applies on " + asOf, e));
          continue;
        }
        if (applies) {
          applying.add(rule);
          ran.add(rule.id());
        }
      }
      return applying;
    }

    void checkSystem(List<Rule> systemRules, IntegratedCareSystem system, JsonPointer base) {
      boolean exists = system.existsOn(asOf) && !shownNotExisting(systemRules, system, base);
      for (Rule rule : systemRules) {
        if (!exists && rule.requiresExistingIcb()) {
          continue;
        }
        check(rule, RuleContext.forSystem(rule, system, asOf, base), base);
      }
    }

    /** Whether a rule's own facts (England's reference data, say) show the system's ICB not existing on the date. */
    boolean shownNotExisting(List<Rule> systemRules, IntegratedCareSystem system, JsonPointer base) {
      for (Rule rule : systemRules) {
        try {
          if (rule.showsIcbNotExisting(system, asOf)) {
            return true;
          }
        } catch (RuntimeException e) {
          findings.add(failed(rule, base, "deciding whether the ICB exists on " + asOf, e));
        }
      }
      return false;
    }

    void check(Rule rule, RuleContext context, JsonPointer base) {
      try {
        rule.check(context);
      } catch (RuntimeException e) {
        findings.addAll(context.findings());
        findings.add(failed(rule, base, "checking", e));
        return;
      }
      findings.addAll(context.findings());
    }

    /**
     * Judges each waiver, then marks the findings that waivers in force cover. Waivers in force are indexed by
     * rule and resolved path, so each finding costs one look-up per ancestor of its path.
     */
    void applyWaivers(List<IntegratedCareSystem> systems, List<JsonPointer> bases) {
      Map<RuleId, Map<JsonPointer, List<Candidate>>> inForce = new HashMap<>();
      List<Candidate> candidates = new ArrayList<>();
      List<Finding> about = new ArrayList<>();
      for (int s = 0; s < systems.size(); s++) {
        JsonPointer base = bases.get(s);
        List<Waiver> waivers = systems.get(s).waivers();
        for (int w = 0; w < waivers.size(); w++) {
          Waiver waiver = waivers.get(w);
          JsonPointer at = base.property("waivers").index(w);
          Optional<Rule> waived = lookUp(waiver.rule());
          if (waived.isEmpty()) {
            about.add(engine(WaiverRules.UNKNOWN_RULE, at, WaiverRules.CONVENTION,
                "The waiver names the rule " + waiver.rule() + ", which does not exist; it waives nothing."));
          } else if (waived.get().severity().isBlocking()) {
            about.add(engine(WaiverRules.STATUTORY_REFUSED, at, waived.get().basis(),
                "The waiver of " + waiver.rule() + " is refused: that rule enforces "
                    + waived.get().basis().citation() + ", and the law cannot be waived locally. Its findings"
                    + " stay in force."));
          } else if (!waiver.isInForceOn(asOf)) {
            about.add(engine(WaiverRules.EXPIRED, at, WaiverRules.CONVENTION,
                "The waiver of " + waiver.rule() + " at " + describe(waiver.path()) + " expired on "
                    + waiver.expiresOn() + "; the findings it covered count again."));
          } else {
            Candidate candidate = new Candidate(waiver, at, resolve(base, waiver.path()), candidates.size());
            candidates.add(candidate);
            inForce.computeIfAbsent(waiver.rule(), k -> new HashMap<>())
                .computeIfAbsent(candidate.covers, k -> new ArrayList<>())
                .add(candidate);
          }
        }
      }
      if (!inForce.isEmpty()) {
        for (int i = 0; i < findings.size(); i++) {
          Finding finding = findings.get(i);
          Map<JsonPointer, List<Candidate>> byPath = inForce.get(finding.ruleId());
          if (byPath != null && !finding.severity().isBlocking()) {
            Candidate candidate = coverOf(byPath, finding.path());
            if (candidate != null) {
              candidate.used = true;
              findings.set(i, finding.withWaivedBy(candidate.waiver));
            }
          }
        }
      }
      for (Candidate candidate : candidates) {
        if (!candidate.used && ran.contains(candidate.waiver.rule())) {
          about.add(engine(WaiverRules.UNUSED, candidate.at, WaiverRules.CONVENTION,
              "The waiver of " + candidate.waiver.rule() + " at " + describe(candidate.waiver.path())
                  + " matches no finding: the rule found nothing there."));
        }
      }
      findings.addAll(about);
    }

    private Optional<Rule> lookUp(RuleId id) {
      Optional<Rule> rule = rules.find(id);
      if (rule.isPresent()) {
        return rule;
      }
      for (Rule waiverRule : WaiverRules.ALL) {
        if (waiverRule.id().equals(id)) {
          return Optional.of(waiverRule);
        }
      }
      return RuleSet.all().find(id);
    }

    /** The first waiver in force (of the finding's rule) that covers a path or one of its ancestors. */
    private Candidate coverOf(Map<JsonPointer, List<Candidate>> byPath, JsonPointer path) {
      Candidate first = null;
      JsonPointer prefix = JsonPointer.root();
      List<String> tokens = path.tokens();
      for (int i = 0; ; i++) {
        List<Candidate> covering = byPath.get(prefix);
        if (covering != null && (first == null || covering.get(0).order < first.order)) {
          first = covering.get(0);
        }
        if (i == tokens.size()) {
          return first;
        }
        prefix = prefix.property(tokens.get(i));
      }
    }

    private Finding failed(Rule rule, JsonPointer base, String doing, RuntimeException e) {
      String reason = e.getMessage() == null ? e.getClass().getName() : e.getClass().getName() + ": " + e.getMessage();
      return Finding.builder()
          .ruleId(rule.id())
          .severity(Severity.FATAL)
          .path(base)
          .message("The rule " + rule.id() + " failed while " + doing + " (" + reason + "), so its requirement"
              + " was not checked. This is a fault in the rule, not in the configuration.")
          .basis(rule.basis())
          .build();
    }
  }

  private static Finding engine(Rule rule, JsonPointer at, Basis basis, String message) {
    return Finding.builder()
        .ruleId(rule.id())
        .severity(rule.severity())
        .path(at)
        .message(message)
        .basis(basis)
        .build();
  }

  private static JsonPointer resolve(JsonPointer base, JsonPointer relative) {
    JsonPointer resolved = base;
    for (String token : relative.tokens()) {
      resolved = resolved.property(token);
    }
    return resolved;
  }

  private static String describe(JsonPointer path) {
    return path.tokens().isEmpty() ? "the whole system" : path.toString();
  }

  /** A waiver in force, where it is in the document, what it covers, and whether it covered anything. */
  private static final class Candidate {
    final Waiver waiver;
    final JsonPointer at;
    final JsonPointer covers;
    final int order;
    boolean used;

    Candidate(Waiver waiver, JsonPointer at, JsonPointer covers, int order) {
      this.waiver = waiver;
      this.at = at;
      this.covers = covers;
      this.order = order;
    }
  }
}
