package io.github.icsmodel.validation;

import io.github.icsmodel.law.Basis;
import io.github.icsmodel.law.StartDate;
import io.github.icsmodel.system.IntegratedCareSystem;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A validation rule: one requirement of the law or of NHS England policy, with its stable id, severity, basis and
 * a one-line summary in the domain's words, and the check itself.
 *
 * <p>A rule never throws for invalid data: it reports findings through its {@link RuleContext}. A rule must be
 * linear in the size of the configuration, stateless and thread-safe. Users add rules of their own by implementing
 * this interface, in their own id namespace, and adding them to a {@link RuleSet} directly or through a
 * {@link RuleProvider} found by {@link java.util.ServiceLoader}.
 */
public interface Rule {

  /**
   * The rule's stable id, never reused for a different rule.
   *
   * @return the id
   */
  RuleId id();

  /**
   * The severity of the rule's findings: ERROR for statutory requirements, WARNING for policy, INFORMATION for
   * advice.
   *
   * @return the severity
   */
  Severity severity();

  /**
   * What the rule's findings mean: the law, an integrity check of the configuration, policy, or advice. Derived
   * from the severity and whether the basis is law; reports and catalogues label a rule's basis with it.
   *
   * @return the kind
   */
  default RuleKind kind() {
    return RuleKind.of(severity(), basis().isStatutory());
  }

  /**
   * The provision of law or policy the rule enforces.
   *
   * @return the basis
   */
  Basis basis();

  /**
   * A one-line summary of the requirement, in the domain's words, such as "The board has exactly one chair".
   *
   * @return the summary
   */
  String summary();

  /**
   * How to fix a failure, for people reading a report.
   *
   * @return the remedy, empty if the summary says it all
   */
  default String remedy() {
    return "";
  }

  /**
   * The text of the provision enforced, verbatim, where the library has it.
   *
   * @return the quotation
   */
  default Optional<String> quotation() {
    return Optional.empty();
  }

  /**
   * Whether the rule checks one system or a national configuration.
   *
   * @return the scope, {@link Scope#SYSTEM} by default
   */
  default Scope scope() {
    return Scope.SYSTEM;
  }

  /**
   * The day from which the rule applies: by default its basis's {@linkplain Basis#startDate() start date}, the
   * commencement of the provision it enforces or the publication of the guidance (with its transition period). The
   * {@link Validator} never runs a rule before this day, whatever {@link #appliesOn(LocalDate)} says. Empty when the
   * day is not recorded: the rule then applies whenever its subject exists.
   *
   * @return the start date, if recorded
   */
  default Optional<StartDate> startDate() {
    return basis().startDate();
  }

  /**
   * Returns whether the rule applies on a date: a provision not yet in force, or a requirement that did not apply
   * for some period, yields no findings then. The default applies from the {@linkplain #startDate() start date};
   * a rule may narrow that further (a transitional provision, for example) but the validator never runs it before
   * its start date.
   *
   * @param date the date the configuration is validated as of
   * @return true if the rule applies
   */
  default boolean appliesOn(LocalDate date) {
    return startDate().map(start -> start.appliesOn(date)).orElse(true);
  }

  /**
   * Returns whether the rule checks a system only while its integrated care board exists (between its
   * establishment and its dissolution). A system whose ICB does not exist on the date of validation owes no duty,
   * so the {@link Validator} runs only the rules that return false here: the rules about the configuration as a
   * document, and the rules that say the ICB does not exist.
   *
   * @return true by default
   */
  default boolean requiresExistingIcb() {
    return true;
  }

  /**
   * Returns whether facts this rule holds beyond the configuration, such as England's reference data, show that the
   * system's integrated care board does not exist on the date (abolished, or not yet established), although the
   * configuration does not record it. The {@link Validator} then treats the ICB as not existing on that date, as it
   * does one whose configuration records its dissolution: only the rules that return false from
   * {@link #requiresExistingIcb()} run, so an abolished ICB is not asked for plans it no longer owes.
   *
   * @param system the system
   * @param date the date of validation
   * @return false by default: a rule knows nothing beyond the configuration
   */
  default boolean showsIcbNotExisting(IntegratedCareSystem system, LocalDate date) {
    return false;
  }

  /**
   * Checks the subject of the context and reports each problem found.
   *
   * @param context the subject, the date, and where to report
   */
  void check(RuleContext context);
}
