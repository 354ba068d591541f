/**
 * The board's report: {@link io.github.icsmodel.report.html.HtmlReport} writes one self-contained HTML page on a
 * validation report, the board, the integrated care partnership and the inequality indicators of a system or a
 * national configuration.
 *
 * <p>Give the builder the {@link io.github.icsmodel.validation.ValidationReport} and the system (or national
 * configuration) it is about; add the rules that ran if they include rules beyond the built-in ones, such as the
 * England reference-data rules, so that the page quotes their provisions too, and the
 * {@link io.github.icsmodel.json.SourceLocations} of the file read, so that each finding gives its line and column:
 *
 * <pre>{@code
 * LocalDate asOf = LocalDate.of(2026, 12, 7);
 * RuleSet rules = EnglandReferenceRules.ruleSet(asOf);
 * ValidationReport report = Validator.of(rules).validate(system, asOf);
 * HtmlReport html = HtmlReport.builder().report(report).system(system).rules(rules.rules()).build();
 * String page = html.render(); // one self-contained HTML page; or html.writeTo(writer)
 * }</pre>
 *
 * <p>The page loads nothing, needs no JavaScript, prints on A4, escapes every string from the configuration, and is
 * the same byte for byte for the same input: the only date on it is the report's as-of date, so it is as of that date
 * and says so. Like every report, a page without errors is not a finding that the ICB acts lawfully: it says what the
 * rules do not check. {@code ics validate --format html} writes it, and {@code docs/report.md} describes it.
 *
 * <p>An {@link io.github.icsmodel.report.html.HtmlReport} is immutable and thread-safe; its builder refuses a null
 * argument, and {@code build()} throws {@link java.lang.IllegalStateException} without a validation report, or without
 * a system or national configuration.
 */
package io.github.icsmodel.report.html;
