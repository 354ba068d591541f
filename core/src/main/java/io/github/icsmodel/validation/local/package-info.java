/**
 * Rules of one's own that rest on a source the user supplies, such as an ICB's constitution: the remuneration
 * committee's chair and membership, and grounds of disqualification beyond those the library's sources give.
 *
 * <p>The library builds in only what its legal and policy sources support. Where an ICB's own constitution goes
 * further, {@link io.github.icsmodel.validation.local.LocalRules} makes the rules with that document as their
 * basis, so every finding cites the document the ICB is bound by and never a source the library does not have:
 *
 * <pre>{@code
 * RuleSet rules = RuleSet.all().plus(LocalRules.remunerationCommittee(constitution));
 * ValidationReport report = Validator.of(rules).validate(system, LocalDate.of(2026, 12, 7));
 * }</pre>
 *
 * <p>For a rule of a kind this package does not offer, extend {@link io.github.icsmodel.validation.AbstractRule}
 * (see {@code docs/extending.md}).
 *
 * <p>The rule sets made here are immutable and thread-safe, like every {@code RuleSet}; no method accepts null.
 */
@IcsStyle
package io.github.icsmodel.validation.local;

import io.github.icsmodel.IcsStyle;
