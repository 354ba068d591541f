package io.github.icsmodel.validation;

import java.util.List;

/** A rule provider registered in the test resources' META-INF/services, for RuleSet.discovered(). */
public final class DiscoveredRules implements RuleProvider {
  /** Creates the provider, as ServiceLoader does. */
  public DiscoveredRules() {}

  @Override
  public List<Rule> rules() {
    return List.of(TestRules.reporting("local.discovered-rule", Severity.WARNING, "/icb"));
  }
}
