package io.github.icsmodel.validation;

import java.util.List;

/**
 * A source of rules found through {@link java.util.ServiceLoader}, so that a jar on the class path or module path
 * can add rules without code changes: declare {@code provides io.github.icsmodel.validation.RuleProvider with ...}
 * in {@code module-info.java}, or list the class in {@code META-INF/services}.
 */
public interface RuleProvider {

  /**
   * The rules this provider adds.
   *
   * @return the rules
   */
  List<Rule> rules();
}
