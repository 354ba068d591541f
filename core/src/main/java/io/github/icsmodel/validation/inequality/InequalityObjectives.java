package io.github.icsmodel.validation.inequality;

import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.inequality.Indicator;
import io.github.icsmodel.law.StartDate;
import io.github.icsmodel.purpose.CorePurpose;
import io.github.icsmodel.purpose.Measure;
import io.github.icsmodel.purpose.Objective;
import io.github.icsmodel.system.IntegratedCareSystem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The objectives that serve the core purpose to tackle inequalities, and the indicators their measures use: what
 * every rule of this family looks at.
 */
final class InequalityObjectives {
  private InequalityObjectives() {}

  /**
   * Section 14Z35 of the NHS Act 2006 came into force on 1 July 2022, inserted by Health and Care Act 2022 s.25(2).
   */
  static final LocalDate ICB_DUTIES_IN_FORCE = LocalDate.of(2022, 7, 1);

  /** NHS England published its first statement on information on health inequalities (s.13SA) on 27 November 2023. */
  static final LocalDate STATEMENT_PUBLISHED = LocalDate.of(2023, 11, 27);

  /**
   * The start date of the rules on NHS England's statement under s.13SA: not before the first statement was
   * published (27 November 2023). The rules quote the updated statement, whose own publication date is
   * UNCONFIRMED, so this is the earliest day the statement can apply, not the day the updated wording did.
   */
  static final StartDate STATEMENT_START = StartDate.of(STATEMENT_PUBLISHED,
      "not before NHS England's first statement under s.13SA, published 27 November 2023; the updated statement's"
          + " own publication date is UNCONFIRMED");

  /** The statement's expectation about disaggregation, in the words of the updated statement. */
  static final String DISAGGREGATE =
      "disaggregate data (at a minimum by deprivation, ethnicity, age, and sex) and analyse performance data and"
          + " local service insight to identify unwarranted variation in access and outcomes across population groups"
          + " and geographies";

  /** The statement's expectation about evaluation, in the words of the updated statement. */
  static final String EVALUATE =
      "use information on health inequalities to take action across commissioning and service delivery, and"
          + " evaluate impact on reducing health inequalities";

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
