package io.github.icsmodel.inequality;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The SII reference cases of {@code sii_test_cases.csv}, {@code sii_inputs.csv} and {@code sii_expected.csv}. */
final class SiiCases {
  static final CsvTable CASES = CsvTable.read("/phe/sii_test_cases.csv");
  static final CsvTable INPUTS = CsvTable.read("/phe/sii_inputs.csv");
  static final CsvTable EXPECTED = CsvTable.read("/phe/sii_expected.csv");

  private SiiCases() {}

  static CsvTable.Row testCase(String id) {
    return CASES.where(r -> r.text("case_id").equals(id)).get(0);
  }

  static ImmutableList<CsvTable.Row> expected(String id) {
    return EXPECTED.where(r -> r.text("case_id").equals(id));
  }

  static ImmutableList<CsvTable.Row> inputRows(String id) {
    return INPUTS.where(r -> r.text("case_id").equals(id));
  }

  /** The input rows of a case, in the form (value or count, limits or standard error) the R test passes. */
  static List<SiiInput> inputs(CsvTable.Row testCase) {
    String id = testCase.text("case_id");
    boolean byCount = testCase.text("value_input").equals("x");
    boolean byStandardError = testCase.text("uncertainty_input").equals("se");
    return inputRows(id).stream().map(r -> {
      SiiInput.Builder row = SiiInput.builder()
          .area(r.text("area"))
          .quantile((int) r.number("quantile"))
          .population(r.number("population"));
      if (byCount) {
        row.count(r.number("count"));
      } else {
        row.value(r.number("value"));
      }
      if (byStandardError) {
        row.standardError(r.number("standard_error"));
      } else {
        row.lowerLimit(r.number("lower_cl")).upperLimit(r.number("upper_cl"));
      }
      return row.build();
    }).collect(Collectors.toList());
  }

  static SiiValueType valueType(CsvTable.Row testCase) {
    return SiiValueType.values()[(int) testCase.number("value_type")];
  }

  static List<ConfidenceLevel> levels(CsvTable.Row testCase) {
    return Arrays.stream(testCase.text("confidence").split(";"))
        .map(c -> ConfidenceLevel.of(Double.parseDouble(c)))
        .collect(Collectors.toList());
  }

  /** The options of the R test, with the given repetitions and seed. */
  static SiiOptions.Builder options(CsvTable.Row testCase) {
    return SiiOptions.builder()
        .valueType(valueType(testCase))
        .transform(Boolean.parseBoolean(testCase.text("transform").toLowerCase()))
        .multiplier(testCase.number("multiplier"))
        .confidenceLevels(levels(testCase));
  }
}
