/**
 * Validation of integrated care systems against the law and NHS England policy.
 *
 * <p>A {@link io.github.icsmodel.validation.Rule} is one requirement, with a stable
 * {@link io.github.icsmodel.validation.RuleId}, a {@link io.github.icsmodel.validation.Severity} (ERROR for the
 * law, WARNING for NHS England policy, INFORMATION for advice) and its {@link io.github.icsmodel.law.Basis}. A
 * {@link io.github.icsmodel.validation.RuleSet} holds rules by id: the built-in
 * {@link io.github.icsmodel.validation.RuleSet#statutory() statutory} and
 * {@link io.github.icsmodel.validation.RuleSet#policy() policy} rules, rules of one's own, and rules
 * {@link io.github.icsmodel.validation.RuleSet#discovered() discovered} through {@link java.util.ServiceLoader}.
 * A {@link io.github.icsmodel.validation.Validator} checks a system, or a national configuration, as of a date and
 * returns a {@link io.github.icsmodel.validation.ValidationReport}; it never throws for unlawful data. Each
 * {@link io.github.icsmodel.validation.Finding} points at the offending element by a
 * {@link io.github.icsmodel.validation.JsonPointer} built from the JSON property names.
 *
 * <p>A system may record {@link io.github.icsmodel.validation.Waiver waivers}: approved departures from policy,
 * which mark the findings they cover as waived. The law cannot be waived locally. The
 * {@link io.github.icsmodel.validation.RuleCatalogue} renders every rule as Markdown, so the documentation of the
 * rules is generated from them.
 *
 * <p>A rule of one's own extends {@link io.github.icsmodel.validation.AbstractRule}, which holds its id, severity,
 * basis, summary, remedy and quotation, and implements only {@code check}; a jar can publish its rules through a
 * {@link io.github.icsmodel.validation.RuleProvider}. Rules that rest on the ICB's own constitution rather than on
 * a source the library holds (the remuneration committee's, further grounds of disqualification) are ready-made in
 * {@link io.github.icsmodel.validation.local.LocalRules}. The built-in rules themselves are not API: reach them
 * through {@code RuleSet} and their ids.
 *
 * <pre>{@code
 * ValidationReport report = Validator.of(RuleSet.all()).validate(system, LocalDate.of(2026, 4, 1));
 * if (!report.isValid()) {
 *   report.blocking().forEach(f -> System.out.println(f.path() + ": " + f.message()));
 * }
 * }</pre>
 *
 * <p>Every answer is as of a date: the one date given to the validator decides which rules apply and who and what
 * is in office on it (members' terms, organisations), and the report says it ({@code report.asOf()}); validate with
 * rules made for the same date. A report without errors means only that nothing recorded breaks a rule that ran:
 * {@code report.coverage()} says what the rules cannot see.
 *
 * <p>Rule sets, validators and reports are immutable and thread-safe (a rule must be stateless and thread-safe), so
 * one validator may check many systems at once; no method accepts or returns null.
 */
@IcsStyle
package io.github.icsmodel.validation;

import io.github.icsmodel.IcsStyle;
