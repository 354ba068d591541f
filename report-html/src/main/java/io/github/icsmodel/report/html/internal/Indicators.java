package io.github.icsmodel.report.html.internal;

import io.github.icsmodel.duty.DutyCatalogue;
import io.github.icsmodel.duty.DutyId;
import io.github.icsmodel.duty.DutyLimb;
import io.github.icsmodel.inequality.BreakdownDimension;
import io.github.icsmodel.inequality.ConfidenceLevel;
import io.github.icsmodel.inequality.Core20Plus5;
import io.github.icsmodel.inequality.Indicator;
import io.github.icsmodel.inequality.IndicatorDomain;
import io.github.icsmodel.inequality.IndicatorValue;
import io.github.icsmodel.inequality.IndicatorValueType;
import io.github.icsmodel.inequality.InequalityInputException;
import io.github.icsmodel.inequality.Polarity;
import io.github.icsmodel.inequality.SiiInput;
import io.github.icsmodel.inequality.SiiInterval;
import io.github.icsmodel.inequality.SiiIntervalMethod;
import io.github.icsmodel.inequality.SiiOptions;
import io.github.icsmodel.inequality.SiiResult;
import io.github.icsmodel.inequality.SiiResults;
import io.github.icsmodel.inequality.SiiTrend;
import io.github.icsmodel.inequality.SiiValueType;
import io.github.icsmodel.inequality.SlopeIndexOfInequality;
import io.github.icsmodel.system.IntegratedCareSystem;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The inequality indicators of a system, by deprivation: values with their limits, the SII and RII (computed by
 * {@link SlopeIndexOfInequality}, with its exact normal limits so that the page is the same on every run), the
 * Core20 gap and the trend ({@link SiiTrend}). Nothing is computed that the configuration does not give the inputs
 * for: an indicator without populations and limits gets a note saying what is missing, not a number.
 */
final class Indicators {
  private static final String ONE_PERIOD = "One period recorded: no trend yet.";

  private Indicators() {}

  static List<View.IndicatorView> of(IntegratedCareSystem system, String anchor) {
    List<View.IndicatorView> views = new ArrayList<>();
    List<Indicator> indicators = system.indicators();
    for (int i = 0; i < indicators.size(); i++) {
      views.add(indicator(indicators.get(i), anchor + "-indicator-" + (i + 1)));
    }
    return views;
  }

  /** One period's values of the deprivation groups, by group number. */
  private record Period(String name, LocalDate end, TreeMap<Integer, IndicatorValue> groups) {}

  private static View.IndicatorView indicator(Indicator indicator, String anchor) {
    String[] limb = limb(indicator.domain());
    List<View.Fact> facts = new ArrayList<>();
    facts.add(new View.Fact("Measure", measure(indicator)));
    facts.add(new View.Fact("Direction", indicator.higherIsBetter()
        .map(higher -> higher ? "Higher is better" : "Lower is better").orElse("Neither direction recorded as better")));
    facts.add(new View.Fact("Source", indicator.source().orElse("not recorded")));
    BreakdownDimension dimension = indicator.dimensions().contains(BreakdownDimension.DEPRIVATION_QUINTILE)
        ? BreakdownDimension.DEPRIVATION_QUINTILE : BreakdownDimension.DEPRIVATION_DECILE;
    int quantiles = dimension == BreakdownDimension.DEPRIVATION_QUINTILE ? 5 : 10;
    String unit = dimension == BreakdownDimension.DEPRIVATION_QUINTILE ? "quintile" : "decile";
    List<Period> periods = periods(indicator, dimension, quantiles);
    if (periods.isEmpty()) {
      return new View.IndicatorView(anchor, indicator.name(), limb[0], limb[1], facts, "", "", List.of(),
          View.Chart.none(), "No values by deprivation are recorded for this indicator, so the page cannot show"
              + " its inequality.", List.of(), "", "", "", View.Chart.none(), List.of(), List.of());
    }
    Period latest = periods.get(periods.size() - 1);
    List<View.GroupRow> rows = new ArrayList<>();
    List<Charts.Bar> bars = new ArrayList<>();
    for (Map.Entry<Integer, IndicatorValue> entry : latest.groups.entrySet()) {
      IndicatorValue value = entry.getValue();
      boolean core20 = isCore20(entry.getKey(), quantiles);
      String label = groupLabel(entry.getKey(), quantiles, unit);
      rows.add(new View.GroupRow(label, Numbers.decimal(value.value()),
          value.lowerLimit().map(Numbers::decimal).orElse("not recorded"),
          value.upperLimit().map(Numbers::decimal).orElse("not recorded"), core20));
      bars.add(new Charts.Bar(chartLabel(entry.getKey(), quantiles, unit), value.value().doubleValue(),
          value.lowerLimit().map(BigDecimal::doubleValue).orElse(Double.NaN),
          value.upperLimit().map(BigDecimal::doubleValue).orElse(Double.NaN), core20));
    }
    View.Chart groupChart = Charts.bars(anchor + "-groups", indicator.name() + ", " + latest.name + ", by IMD "
        + unit, "Bar chart of the value for each deprivation " + unit + ", 1 the most deprived, with 95% confidence"
        + " limits where recorded. The same numbers are in the table beside it.", bars, unit(indicator));

    List<View.SiiRow> siiRows = new ArrayList<>();
    List<SiiResult> results = new ArrayList<>();
    List<Period> computed = new ArrayList<>();
    String siiNote = "";
    for (Period period : periods) {
      StringBuilder why = new StringBuilder();
      Optional<SiiResult> result = sii(indicator, period, quantiles, why);
      if (result.isPresent()) {
        SiiResult sii = result.get();
        results.add(sii);
        computed.add(period);
        Optional<SiiInterval> interval = sii.interval(ConfidenceLevel.PERCENT_95);
        siiRows.add(new View.SiiRow(period.name, Numbers.fixed(sii.sii(), 2),
            interval.map(l -> Numbers.fixed(l.siiLower(), 2) + " to " + Numbers.fixed(l.siiUpper(), 2))
                .orElse("not available"),
            Numbers.fixed(sii.rii(), 3),
            interval.map(l -> Numbers.fixed(l.riiLower(), 3) + " to " + Numbers.fixed(l.riiUpper(), 3))
                .orElse("not available")));
      } else if (siiNote.isEmpty()) {
        siiNote = "SII and RII not computed for " + period.name + ": " + why;
      }
    }
    String trend = trend(indicator, periods, computed, results);
    List<String> columns = List.of("Period", "Most deprived " + unit, "Least deprived " + unit, "SII (95% limits)");
    List<View.TrendRow> trendRows = new ArrayList<>();
    View.Chart trendChart = View.Chart.none();
    if (periods.size() >= 2) {
      List<String> names = new ArrayList<>();
      double[] most = new double[periods.size()];
      double[] least = new double[periods.size()];
      double[] none = new double[periods.size()];
      double[] sii = new double[periods.size()];
      double[] siiLower = new double[periods.size()];
      double[] siiUpper = new double[periods.size()];
      for (int i = 0; i < periods.size(); i++) {
        Period period = periods.get(i);
        names.add(period.name);
        IndicatorValue first = period.groups.get(1);
        IndicatorValue last = period.groups.get(quantiles);
        most[i] = first == null ? Double.NaN : first.value().doubleValue();
        least[i] = last == null ? Double.NaN : last.value().doubleValue();
        none[i] = Double.NaN;
        int at = computed.indexOf(period);
        sii[i] = at < 0 ? Double.NaN : results.get(at).sii();
        Optional<SiiInterval> interval = at < 0 ? Optional.empty()
            : results.get(at).interval(ConfidenceLevel.PERCENT_95);
        siiLower[i] = interval.map(SiiInterval::siiLower).orElse(Double.NaN);
        siiUpper[i] = interval.map(SiiInterval::siiUpper).orElse(Double.NaN);
        trendRows.add(new View.TrendRow(period.name, List.of(
            first == null ? "not recorded" : Numbers.decimal(first.value()),
            last == null ? "not recorded" : Numbers.decimal(last.value()),
            at < 0 ? "not computed" : Numbers.fixed(sii[i], 2) + " (" + Numbers.fixed(siiLower[i], 2) + " to "
                + Numbers.fixed(siiUpper[i], 2) + ")")));
      }
      if (computed.size() >= 2) {
        trendChart = Charts.lines(anchor + "-trend", indicator.name() + ": slope index of inequality by period",
            "Line chart of the SII in each period with its 95% confidence limits. The same numbers are in the"
                + " table beside it.", names, List.of(new Charts.Series("SII", sii, siiLower, siiUpper)));
      } else {
        trendChart = Charts.lines(anchor + "-trend", indicator.name() + ": most and least deprived by period",
            "Line chart of the value of the most and of the least deprived " + unit + " in each period. The same"
                + " numbers are in the table beside it.", names,
            List.of(new Charts.Series("Most deprived " + unit, most, none, none),
                new Charts.Series("Least deprived " + unit, least, none, none)));
      }
    }
    return new View.IndicatorView(anchor, indicator.name(), limb[0], limb[1], facts, "IMD " + unit, latest.name,
        rows, groupChart, "", siiRows, siiNote, core20(indicator, latest, quantiles, unit), trend, trendChart,
        columns, trendRows);
  }

  private static String[] limb(IndicatorDomain domain) {
    String id = domain == IndicatorDomain.ACCESS ? "nhsa2006:14Z35(a)" : "nhsa2006:14Z35(b)";
    Optional<DutyLimb> limb = DutyCatalogue.builtIn().findLimb(DutyId.of(id));
    String citation = limb.map(l -> l.provision().citation() + ": " + l.label()).orElse(id);
    String text = limb.map(DutyLimb::text).orElse("");
    switch (domain) {
      case ACCESS:
        return new String[] {"Access limb, " + citation, text};
      case OUTCOME:
        return new String[] {"Outcomes limb, " + citation, text};
      default:
        return new String[] {"Outcomes limb, " + citation + " (an indicator of experience of care, which"
            + " s.14Z34(3)(c) counts among the outcomes)", text};
    }
  }

  private static String measure(Indicator indicator) {
    String multiplier = Numbers.computed(indicator.multiplier());
    switch (indicator.valueType()) {
      case PROPORTION:
        return multiplier.equals("100") ? "Percentage" : "Proportion, per " + multiplier;
      case RATE:
        return "Rate per " + multiplier;
      default:
        return indicator.valueType() == IndicatorValueType.MEAN ? "Mean" : "Value";
    }
  }

  private static String unit(Indicator indicator) {
    return indicator.valueType() == IndicatorValueType.PROPORTION && indicator.multiplier().compareTo(
        BigDecimal.valueOf(100)) == 0 ? "%" : "";
  }

  private static List<Period> periods(Indicator indicator, BreakdownDimension dimension, int quantiles) {
    TreeMap<String, Period> byName = new TreeMap<>();
    for (IndicatorValue value : indicator.values()) {
      if (value.dimension().isEmpty() || value.dimension().get() != dimension || value.group().isEmpty()) {
        continue;
      }
      Optional<Integer> group = Numbers.group(value.group().get());
      if (group.isEmpty() || group.get() < 1 || group.get() > quantiles) {
        continue;
      }
      byName.computeIfAbsent(value.period(), name -> new Period(name, value.periodEnd(), new TreeMap<>()))
          .groups.putIfAbsent(group.get(), value);
    }
    List<Period> periods = new ArrayList<>(byName.values());
    periods.sort(Comparator.comparing(Period::end).thenComparing(Period::name));
    return periods;
  }

  private static boolean isCore20(int group, int quantiles) {
    return quantiles == 5 ? Core20Plus5.isCore20Quintile(group) : Core20Plus5.isCore20Decile(group);
  }

  private static String groupLabel(int group, int quantiles, String unit) {
    String label = "IMD " + unit + " " + group;
    if (group == 1) {
      return label + ", most deprived";
    }
    return group == quantiles ? label + ", least deprived" : label;
  }

  private static String chartLabel(int group, int quantiles, String unit) {
    String label = Character.toUpperCase(unit.charAt(0)) + unit.substring(1) + " " + group;
    return group == 1 ? label + ", most deprived" : group == quantiles ? label + ", least deprived" : label;
  }

  private static Optional<SiiResult> sii(Indicator indicator, Period period, int quantiles, StringBuilder why) {
    int complete = 0;
    for (IndicatorValue value : period.groups.values()) {
      if (value.denominator().isPresent() && value.lowerLimit().isPresent() && value.upperLimit().isPresent()) {
        complete++;
      }
    }
    if (period.groups.size() < quantiles || complete < quantiles) {
      why.append("it needs each of the ").append(quantiles).append(" groups with its population (denominator) and")
          .append(" 95% confidence limits; the configuration records ").append(period.groups.size())
          .append(" groups, ").append(complete).append(" of them with both.");
      return Optional.empty();
    }
    SiiValueType type;
    double scale;
    switch (indicator.valueType()) {
      case PROPORTION:
        type = SiiValueType.PROPORTION;
        scale = indicator.multiplier().doubleValue();
        break;
      case RATE:
        type = SiiValueType.RATE;
        scale = 1;
        break;
      default:
        type = SiiValueType.OTHER;
        scale = 1;
    }
    List<SiiInput> rows = new ArrayList<>();
    for (Map.Entry<Integer, IndicatorValue> entry : period.groups.entrySet()) {
      IndicatorValue value = entry.getValue();
      rows.add(SiiInput.builder().area("indicator").quantile(entry.getKey())
          .population(value.denominator().get().doubleValue())
          .value(divide(value.value(), scale)).lowerLimit(divide(value.lowerLimit().get(), scale))
          .upperLimit(divide(value.upperLimit().get(), scale)).build());
    }
    try {
      SiiResults results = SlopeIndexOfInequality.calculate(rows, SiiOptions.builder().valueType(type)
          .transform(type != SiiValueType.OTHER).multiplier(scale).intervalMethod(SiiIntervalMethod.NORMAL)
          .parallel(false).build());
      Optional<SiiResult> result = results.result("indicator");
      if (result.isEmpty()) {
        why.append("the library could not fit it to these values.");
      }
      return result;
    } catch (InequalityInputException e) {
      why.append(e.getMessage());
      return Optional.empty();
    }
  }

  private static double divide(BigDecimal value, double scale) {
    return scale == 1 ? value.doubleValue() : value.divide(BigDecimal.valueOf(scale), MathContext.DECIMAL64)
        .doubleValue();
  }

  private static String core20(Indicator indicator, Period latest, int quantiles, String unit) {
    IndicatorValue least = latest.groups.get(quantiles);
    if (least == null) {
      return "Core20 gap not computed: the least deprived " + unit + " has no value for " + latest.name + ".";
    }
    BigDecimal core20;
    if (quantiles == 5) {
      IndicatorValue first = latest.groups.get(1);
      if (first == null) {
        return "Core20 gap not computed: the most deprived quintile has no value for " + latest.name + ".";
      }
      core20 = first.value();
    } else {
      IndicatorValue first = latest.groups.get(1);
      IndicatorValue second = latest.groups.get(2);
      if (first == null || second == null || first.denominator().isEmpty() || second.denominator().isEmpty()) {
        return "Core20 gap not computed: Core20 is deciles 1 and 2 together, which needs both with their"
            + " populations (denominators) for " + latest.name + ".";
      }
      BigDecimal population = first.denominator().get().add(second.denominator().get());
      core20 = first.value().multiply(first.denominator().get()).add(second.value().multiply(
          second.denominator().get())).divide(population, MathContext.DECIMAL64);
    }
    BigDecimal gap = core20.subtract(least.value());
    String units = unit(indicator).equals("%") ? " percentage points" : "";
    return "Core20 gap, " + latest.name + ": " + Numbers.computed(gap.round(new MathContext(6))) + units
        + " (the Core20 group, the most deprived 20% nationally, minus the least deprived " + unit + ").";
  }

  private static String trend(Indicator indicator, List<Period> periods, List<Period> computed,
      List<SiiResult> results) {
    if (periods.size() < 2) {
      return ONE_PERIOD;
    }
    if (computed.size() < 2) {
      return "The SII is not computed for two periods, so no trend in it is tested; the chart shows the most and"
          + " least deprived groups over " + periods.size() + " periods.";
    }
    if (indicator.higherIsBetter().isEmpty()) {
      return "No trend is stated: the indicator does not record whether a higher value is better.";
    }
    Polarity polarity = indicator.higherIsBetter().get() ? Polarity.HIGHER_IS_BETTER : Polarity.LOWER_IS_BETTER;
    SiiTrend trend = SiiTrend.of(results, ConfidenceLevel.PERCENT_95, polarity);
    String between = " between " + computed.get(0).name + " and " + computed.get(computed.size() - 1).name;
    switch (trend) {
      case NARROWING:
        return "Narrowing" + between + ": the gap against the more deprived became significantly smaller (the 95%"
            + " limits of the SII do not overlap).";
      case WIDENING:
        return "Widening" + between + ": the gap against the more deprived became significantly larger (the 95%"
            + " limits of the SII do not overlap).";
      default:
        return "No significant change" + between + ": the 95% limits of the SII overlap.";
    }
  }
}
