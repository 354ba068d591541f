package io.github.icsmodel.validation.structure;

import com.google.common.collect.ImmutableList;
import io.github.icsmodel.law.PolicyReference;
import io.github.icsmodel.validation.Rule;
import java.util.List;

/** The rules on the structure of a configuration. */
public final class StructureRules {
  private StructureRules() {}

  /**
   * The basis of the rules that keep a configuration meaningful (unique ids, resolving references): this library's
   * own configuration format. No law or NHS England document speaks to ids in a configuration, and this library
   * does not pretend one does; but a configuration whose references are ambiguous or dangling cannot be checked
   * against the law reliably, so those rules report errors.
   */
  public static final PolicyReference CONFIGURATION_FORMAT =
      PolicyReference.of("icsmodel", "icsmodel governance configuration format: ids and references", "");

  /**
   * Returns the rules.
   *
   * @return the rules, in id order
   */
  public static List<Rule> rules() {
    return ImmutableList.of(
        new AcuteMentalHealthInCollaborativeRule(),
        new PlacesWithinFootprintRule(),
        new ReferencesResolveRule(),
        new UniqueIdsRule());
  }
}
