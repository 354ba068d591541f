package io.github.icsmodel.inequality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The simulation's two ways to take the exponential of the draws agree, and the second is used when it must be. */
class SiiCalculationTest {

  private static double[][] limits(CsvTable.Row testCase, String area, boolean grid, double seScale) {
    SiiOptions options = SiiCases.options(testCase).repetitions(20_000).build();
    List<SiiInput> rows = SiiCases.inputs(testCase).stream().filter(r -> r.area().equals(area))
        .map(r -> r.withStandardError(r.standardError().getAsDouble() * seScale))
        .sorted(Comparator.comparingInt(SiiInput::quantile))
        .collect(Collectors.toList());
    SiiModel model = SiiModel.fit(area, rows, options);
    SiiCalculation calculation = new SiiCalculation(options);
    SiiCalculation.Block block = calculation.block(rows.size(), new SplittableRandom(3));
    assertThat(block.grid).isNotNull();
    return calculation.simulate(model, grid ? block : block.withoutGrid());
  }

  @Test
  void theGridGivesTheLimitsOfTheExponentialFunctionForRatesAndProportions() {
    for (String id : List.of("SII10", "SII18")) {
      CsvTable.Row testCase = SiiCases.testCase(id);
      for (String area : List.of("area1", "area2")) {
        double[][] gridded = limits(testCase, area, true, 1);
        double[][] plain = limits(testCase, area, false, 1);
        for (int i = 0; i < 4; i++) {
          assertThat(gridded[0][i]).as("%s %s limit %d", id, area, i)
              .isCloseTo(plain[0][i], org.assertj.core.api.Assertions.withinPercentage(1e-10));
        }
      }
    }
  }

  @Test
  void largeStandardErrorsTakeTheExponentialFunction() {
    // Standard errors above 2 on the log scale: the grid's polynomial would be less accurate, so it is not used.
    CsvTable.Row testCase = SiiCases.testCase("SII10");
    double[][] wide = limits(testCase, "area1", true, 60);
    double[][] plain = limits(testCase, "area1", false, 60);
    assertThat(wide[0]).containsExactly(plain[0]);
    assertThat(SiiCases.inputs(testCase).stream().mapToDouble(r -> r.standardError().getAsDouble() * 60).max()
        .getAsDouble()).isGreaterThan(2);
  }
}
