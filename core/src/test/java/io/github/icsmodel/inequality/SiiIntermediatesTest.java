package io.github.icsmodel.inequality;

import static io.github.icsmodel.inequality.Tolerances.assertRelative;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The deterministic part of {@code phe_sii}, quantile by quantile, against {@code sii_derived_intermediates.csv}:
 * population shares, relative ranks, standard errors on the transformed scale and the fitted coefficients.
 */
class SiiIntermediatesTest {
  private static final CsvTable INTERMEDIATES = CsvTable.read("/phe/sii_derived_intermediates.csv");
  private static final double TOLERANCE = 1e-12;

  static Stream<CsvTable.Row> cases() {
    return SiiCases.CASES.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void sharesRanksStandardErrorsAndCoefficientsMatch(CsvTable.Row testCase) {
    String id = testCase.text("case_id");
    SiiOptions options = SiiCases.options(testCase).build();
    List<SiiInput> inputs = SiiCases.inputs(testCase);
    ImmutableList<CsvTable.Row> expected = INTERMEDIATES.where(r -> r.text("case_id").equals(id));
    assertThat(expected).isNotEmpty();
    for (String area : expected.stream().map(r -> r.text("area")).distinct().collect(Collectors.toList())) {
      List<SiiInput> rows = inputs.stream().filter(r -> r.area().equals(area))
          .sorted(Comparator.comparingInt(SiiInput::quantile)).collect(Collectors.toList());
      SiiModel model = SiiModel.fit(area, rows, options);
      ImmutableList<CsvTable.Row> quantiles = expected.stream().filter(r -> r.text("area").equals(area))
          .collect(ImmutableList.toImmutableList());
      assertThat(model.size).isEqualTo(quantiles.size());
      for (int k = 0; k < model.size; k++) {
        CsvTable.Row row = quantiles.get(k);
        String what = id + " " + area + " quantile " + row.text("quantile");
        assertThat(model.quantiles[k]).isEqualTo((int) row.number("quantile"));
        assertRelative(what + " a", model.share[k], row.number("a"), TOLERANCE);
        assertRelative(what + " b", model.rank[k], row.number("b"), TOLERANCE);
        assertRelative(what + " se", model.standardError[k], row.number("se_used"), TOLERANCE);
        assertRelative(what + " beta0", model.beta0, row.number("beta0"), TOLERANCE);
        assertRelative(what + " beta1", model.beta1, row.number("beta1"), TOLERANCE);
      }
    }
  }
}
