package io.github.icsmodel.validation.inequality;

import io.github.icsmodel.inequality.BreakdownDimension;
import io.github.icsmodel.inequality.Indicator;
import io.github.icsmodel.law.NhsEnglandPolicy;
import io.github.icsmodel.law.StartDate;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code inequality.breakdowns}: each indicator that an inequalities objective measures has values broken down by
 * deprivation, ethnicity, age and sex. NHS England's statement on information on health inequalities, made under
 * s.13SA of the NHS Act 2006, "sets the expectation that NHS bodies should collect, analyse and publish data to":
 *
 * <blockquote>disaggregate data (at a minimum by deprivation, ethnicity, age, and sex) and analyse performance data
 * and local service insight to identify unwarranted variation in access and outcomes across population groups and
 * geographies</blockquote>
 *
 * <p>WARNING: policy, not law. The statement "does not create any new legal responsibilities in and of itself",
 * although an ICB's annual report must review how far it acted consistently with it (s.14Z58(2)(c)). The quoted
 * wording is that of the updated statement, whose publication date is not confirmed; the rule applies from 27
 * November 2023, when NHS England published its first statement.
 *
 * <p>One finding per missing dimension per indicator, at the indicator's {@code values}, about the indicator. An
 * indicator counts if a measure of an objective serving the purpose to tackle inequalities names it and it is
 * defined in {@code /indicators}. Deprivation is met by {@link BreakdownDimension#DEPRIVATION_QUINTILE quintiles}
 * or {@link BreakdownDimension#DEPRIVATION_DECILE deciles}, age by {@link BreakdownDimension#AGE_BAND age bands}. A
 * breakdown counts if the indicator has a value for it in any period.
 */
final class BreakdownsRule extends AbstractRule {

  /** Creates the rule. */
  BreakdownsRule() {
    super(
        "inequality.breakdowns",
        Severity.WARNING,
        NhsEnglandPolicy.INEQUALITIES_INFORMATION_STATEMENT,
        "Each indicator of an inequalities objective is broken down at a minimum by deprivation, ethnicity, age and"
            + " sex",
        "Add values of the indicator for each group of the missing breakdown (deprivation quintile or decile,"
            + " ethnic group, age band or sex).",
        InequalityProvisions.DISAGGREGATE);
  }

  @Override
  public Optional<StartDate> startDate() {
    return Optional.of(InequalityProvisions.STATEMENT_START);
  }

  @Override
  public void check(RuleContext context) {
    for (Map.Entry<Integer, Indicator> entry : InequalityPaths.indicators(context.system()).entrySet()) {
      Indicator indicator = entry.getValue();
      Set<BreakdownDimension> present = indicator.dimensions();
      JsonPointer path = context.base().property("indicators").index(entry.getKey()).property("values");
      if (present.stream().noneMatch(BreakdownDimension::isDeprivation)) {
        report(context, path, indicator, "deprivation (IMD quintile or decile)");
      }
      if (!present.contains(BreakdownDimension.ETHNICITY)) {
        report(context, path, indicator, "ethnicity");
      }
      if (!present.contains(BreakdownDimension.AGE_BAND)) {
        report(context, path, indicator, "age");
      }
      if (!present.contains(BreakdownDimension.SEX)) {
        report(context, path, indicator, "sex");
      }
    }
  }

  private static void report(RuleContext context, JsonPointer path, Indicator indicator, String dimension) {
    context.report(path, indicator.id(),
        "The inequalities indicator " + indicator.id() + " (" + indicator.name() + ") has no values broken down by "
            + dimension + "; NHS England's statement on information on health inequalities expects data"
            + " disaggregated \"at a minimum by deprivation, ethnicity, age, and sex\".");
  }
}
