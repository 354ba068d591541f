package io.github.icsmodel.json;

import static io.github.icsmodel.json.Values.BOOLEAN;
import static io.github.icsmodel.json.Values.DATE;
import static io.github.icsmodel.json.Values.DECIMAL;
import static io.github.icsmodel.json.Values.LOCAL_ID;
import static io.github.icsmodel.json.Values.STRING;
import static io.github.icsmodel.json.Values.enumOf;

import io.github.icsmodel.inequality.BreakdownDimension;
import io.github.icsmodel.inequality.Indicator;
import io.github.icsmodel.inequality.IndicatorValue;
import io.github.icsmodel.inequality.IndicatorDomain;
import io.github.icsmodel.inequality.IndicatorValueType;
import io.github.icsmodel.purpose.CorePurpose;
import io.github.icsmodel.purpose.Measure;
import io.github.icsmodel.purpose.MeasuredValue;
import io.github.icsmodel.purpose.Objective;

/**
 * The purposes, measures and inequality indicators of format {@code icsmodel/1}. Every table lists the type's
 * properties in the order its accessors are declared, under the accessors' names; types used by others come first,
 * so that each table can refer to the formats of its parts.
 */
final class InequalityFormats {
  private InequalityFormats() {}

  // purpose and inequality

  static final ObjectFormat<MeasuredValue, MeasuredValue.Builder> MEASURED_VALUE =
      ObjectFormat.of(
              "MeasuredValue", MeasuredValue.class, MeasuredValue::builder, MeasuredValue.Builder::build)
          .required("value", DECIMAL, MeasuredValue::value, MeasuredValue.Builder::value)
          .required("date", DATE, MeasuredValue::date, MeasuredValue.Builder::date)
          .build();

  static final ObjectFormat<Measure, Measure.Builder> MEASURE =
      ObjectFormat.of("Measure", Measure.class, Measure::builder, Measure.Builder::build)
          .required("indicator", LOCAL_ID, Measure::indicator, Measure.Builder::indicator)
          .optional("baseline", MEASURED_VALUE, Measure::baseline, Measure.Builder::baseline)
          .optional("target", MEASURED_VALUE, Measure::target, Measure.Builder::target)
          .list("measurements", MEASURED_VALUE, Measure::measurements, Measure.Builder::addAllMeasurements)
          .build();

  static final ObjectFormat<Objective, Objective.Builder> OBJECTIVE =
      ObjectFormat.of("Objective", Objective.class, Objective::builder, Objective.Builder::build)
          .required("id", LOCAL_ID, Objective::id, Objective.Builder::id)
          .required("title", STRING, Objective::title, Objective.Builder::title)
          .set("purposes", enumOf(CorePurpose.class), Objective::purposes, Objective.Builder::addAllPurposes)
          .list("measures", MEASURE, Objective::measures, Objective.Builder::addAllMeasures)
          .extensions(Objective::extensions, Objective.Builder::extensions)
          .build();

  static final ObjectFormat<IndicatorValue, IndicatorValue.Builder> INDICATOR_VALUE =
      ObjectFormat.of(
              "IndicatorValue", IndicatorValue.class, IndicatorValue::builder, IndicatorValue.Builder::build)
          .required("period", STRING, IndicatorValue::period, IndicatorValue.Builder::period)
          .required("periodEnd", DATE, IndicatorValue::periodEnd, IndicatorValue.Builder::periodEnd)
          .optional(
              "dimension",
              enumOf(BreakdownDimension.class),
              IndicatorValue::dimension,
              IndicatorValue.Builder::dimension)
          .optional("group", STRING, IndicatorValue::group, IndicatorValue.Builder::group)
          .required("value", DECIMAL, IndicatorValue::value, IndicatorValue.Builder::value)
          .optional("numerator", DECIMAL, IndicatorValue::numerator, IndicatorValue.Builder::numerator)
          .optional("denominator", DECIMAL, IndicatorValue::denominator, IndicatorValue.Builder::denominator)
          .optional("lowerLimit", DECIMAL, IndicatorValue::lowerLimit, IndicatorValue.Builder::lowerLimit)
          .optional("upperLimit", DECIMAL, IndicatorValue::upperLimit, IndicatorValue.Builder::upperLimit)
          .build();

  static final ObjectFormat<Indicator, Indicator.Builder> INDICATOR =
      ObjectFormat.of("Indicator", Indicator.class, Indicator::builder, Indicator.Builder::build)
          .required("id", LOCAL_ID, Indicator::id, Indicator.Builder::id)
          .required("name", STRING, Indicator::name, Indicator.Builder::name)
          .required("domain", enumOf(IndicatorDomain.class), Indicator::domain, Indicator.Builder::domain)
          .required(
              "valueType", enumOf(IndicatorValueType.class), Indicator::valueType, Indicator.Builder::valueType)
          .defaulted("multiplier", DECIMAL, Indicator::multiplier, Indicator.Builder::multiplier)
          .optional("higherIsBetter", BOOLEAN, Indicator::higherIsBetter, Indicator.Builder::higherIsBetter)
          .optional("source", STRING, Indicator::source, Indicator.Builder::source)
          .list("values", INDICATOR_VALUE, Indicator::values, Indicator.Builder::addAllValues)
          .extensions(Indicator::extensions, Indicator.Builder::extensions)
          .build();
}
