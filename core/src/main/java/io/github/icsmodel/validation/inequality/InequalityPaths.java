package io.github.icsmodel.validation.inequality;

import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.inequality.Indicator;
import io.github.icsmodel.purpose.CorePurpose;
import io.github.icsmodel.purpose.Measure;
import io.github.icsmodel.purpose.Objective;
import io.github.icsmodel.system.IntegratedCareSystem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The objectives that serve the core purpose to tackle inequalities, and the indicators their measures use: what
 * every rule of this family looks at. The dates and words they apply are in {@link InequalityProvisions}.
 */
final class InequalityPaths {
  private InequalityPaths() {}

  /**
   * Returns whether an objective serves the core purpose to "tackle inequalities in outcomes, experience and
   * access".
   */
  static boolean servesInequalities(Objective objective) {
    return objective.purposes().contains(CorePurpose.TACKLE_INEQUALITIES_OUTCOMES_EXPERIENCE_ACCESS);
  }

  /** Returns the indexes, in /objectives, of the objectives serving the purpose to tackle inequalities. */
  static List<Integer> objectiveIndexes(IntegratedCareSystem system) {
    List<Integer> indexes = new ArrayList<>();
    List<Objective> objectives = system.objectives();
    for (int i = 0; i < objectives.size(); i++) {
      if (servesInequalities(objectives.get(i))) {
        indexes.add(i);
      }
    }
    return indexes;
  }

  /**
   * Returns the indicators used by a measure of an objective serving the purpose to tackle inequalities, keyed by
   * their index in /indicators, in that order. Measures naming an indicator not in /indicators are passed over
   * ({@code structure.references-resolve} and {@code purpose.inequalities-measurable} report them).
   */
  static Map<Integer, Indicator> indicators(IntegratedCareSystem system) {
    Map<LocalId, Integer> byId = new HashMap<>();
    List<Indicator> indicators = system.indicators();
    for (int i = 0; i < indicators.size(); i++) {
      byId.put(indicators.get(i).id(), i);
    }
    boolean[] used = new boolean[indicators.size()];
    for (int i : objectiveIndexes(system)) {
      for (Measure measure : system.objectives().get(i).measures()) {
        Integer index = byId.get(measure.indicator());
        if (index != null) {
          used[index] = true;
        }
      }
    }
    Map<Integer, Indicator> result = new LinkedHashMap<>();
    for (int i = 0; i < used.length; i++) {
      if (used[i]) {
        result.put(i, indicators.get(i));
      }
    }
    return result;
  }
}
