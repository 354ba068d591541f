package io.github.icsmodel.validation;

import io.github.icsmodel.law.Basis;
import java.util.Objects;
import java.util.Optional;

/**
 * A convenient base for rules: holds the id, severity, basis, summary, remedy and quotation, so a rule class
 * states them once in its constructor and implements only {@link #check(RuleContext)}.
 */
public abstract class AbstractRule implements Rule {
  private final RuleId id;
  private final Severity severity;
  private final Basis basis;
  private final String summary;
  private final String remedy;
  private final Optional<String> quotation;

  /**
   * Creates a rule.
   *
   * @param id the stable id text, such as {@code "board.chair-count"}
   * @param severity the severity
   * @param basis the provision enforced
   * @param summary the one-line summary
   * @param remedy how to fix a failure
   * @param quotation the verbatim provision, or null if the library has none
   */
  protected AbstractRule(
      String id, Severity severity, Basis basis, String summary, String remedy, String quotation) {
    this.id = RuleId.of(id);
    this.severity = Objects.requireNonNull(severity, "severity");
    this.basis = Objects.requireNonNull(basis, "basis");
    this.summary = Objects.requireNonNull(summary, "summary");
    this.remedy = Objects.requireNonNull(remedy, "remedy");
    this.quotation = Optional.ofNullable(quotation);
  }

  @Override
  public final RuleId id() {
    return id;
  }

  @Override
  public final Severity severity() {
    return severity;
  }

  @Override
  public final Basis basis() {
    return basis;
  }

  @Override
  public final String summary() {
    return summary;
  }

  @Override
  public final String remedy() {
    return remedy;
  }

  @Override
  public final Optional<String> quotation() {
    return quotation;
  }

  @Override
  public String toString() {
    return id + " (" + severity + ", " + basis.citation() + "): " + summary;
  }
}
