package io.github.icsmodel.validation;

import io.github.icsmodel.IcsException;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.system.NationalConfiguration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a rule checks and where it reports: the system (or national configuration), the date of validation, the
 * JSON Pointer of the system in its document, and the findings reported so far.
 *
 * <p>A context is created by the {@link Validator} for one rule and one subject, and is not thread-safe.
 */
public final class RuleContext {
  private final Rule rule;
  private final IntegratedCareSystem system;
  private final NationalConfiguration national;
  private final LocalDate asOf;
  private final JsonPointer base;
  private final List<Finding> findings = new ArrayList<>();

  private RuleContext(
      Rule rule, IntegratedCareSystem system, NationalConfiguration national, LocalDate asOf, JsonPointer base) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.system = system;
    this.national = national;
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.base = Objects.requireNonNull(base, "base");
  }

  /**
   * Creates a context for a system-scope rule.
   *
   * @param rule the rule
   * @param system the system
   * @param asOf the date of validation
   * @param base the JSON Pointer of the system in its document: empty for a single-system document,
   *     {@code /systems/3} inside a national configuration
   * @return the context
   */
  public static RuleContext forSystem(Rule rule, IntegratedCareSystem system, LocalDate asOf, JsonPointer base) {
    return new RuleContext(rule, Objects.requireNonNull(system, "system"), null, asOf, base);
  }

  /**
   * Creates a context for a national-scope rule.
   *
   * @param rule the rule
   * @param national the national configuration
   * @param asOf the date of validation
   * @return the context
   */
  public static RuleContext forNational(Rule rule, NationalConfiguration national, LocalDate asOf) {
    return new RuleContext(rule, null, Objects.requireNonNull(national, "national"), asOf, JsonPointer.root());
  }

  /**
   * The system being checked.
   *
   * @return the system
   * @throws IcsException if this context is for a national-scope rule
   */
  public IntegratedCareSystem system() {
    if (system == null) {
      throw new IcsException("rule " + rule.id() + " has national scope: it has no single system");
    }
    return system;
  }

  /**
   * The national configuration being checked.
   *
   * @return the configuration
   * @throws IcsException if this context is for a system-scope rule
   */
  public NationalConfiguration national() {
    if (national == null) {
      throw new IcsException("rule " + rule.id() + " has system scope: it has no national configuration");
    }
    return national;
  }

  /**
   * The date the configuration is validated as of.
   *
   * @return the date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * The JSON Pointer of the subject in its document; rules build the paths of findings from it.
   *
   * @return the base pointer
   */
  public JsonPointer base() {
    return base;
  }

  /**
   * Reports a finding at a path, about no particular element.
   *
   * @param path the JSON Pointer of the offending element
   * @param message what is wrong
   */
  public void report(JsonPointer path, String message) {
    add(path, Optional.empty(), message);
  }

  /**
   * Reports a finding at a path, about an element with an id.
   *
   * @param path the JSON Pointer of the offending element
   * @param subject the element's id
   * @param message what is wrong
   */
  public void report(JsonPointer path, LocalId subject, String message) {
    add(path, Optional.of(subject), message);
  }

  private void add(JsonPointer path, Optional<LocalId> subject, String message) {
    findings.add(
        Finding.builder()
            .ruleId(rule.id())
            .severity(rule.severity())
            .path(path)
            .message(message)
            .basis(rule.basis())
            .subject(subject)
            .build());
  }

  /**
   * The findings reported so far, in order.
   *
   * @return a copy of the findings
   */
  public List<Finding> findings() {
    return List.copyOf(findings);
  }
}
