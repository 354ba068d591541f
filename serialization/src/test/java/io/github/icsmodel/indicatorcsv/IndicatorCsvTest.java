package io.github.icsmodel.indicatorcsv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.icsmodel.inequality.AgeBandCount;
import io.github.icsmodel.inequality.SiiInput;
import io.github.icsmodel.inequality.SiiOptions;
import io.github.icsmodel.inequality.SiiResults;
import io.github.icsmodel.inequality.SiiValueType;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndicatorCsvTest {

  /** Two areas of five quantiles, life expectancy with 95% limits. */
  private static String sii() {
    StringBuilder csv = new StringBuilder("area,quantile,population,value,lower_cl,upper_cl\n");
    for (String area : List.of("E06000001", "E06000002")) {
      for (int q = 1; q <= 5; q++) {
        double value = 76 + q;
        csv.append(area).append(',').append(q).append(',').append(1000 * q).append(',').append(value).append(',')
            .append(value - 1).append(',').append(value + 1).append('\n');
      }
    }
    return csv.toString();
  }

  private static SiiRows readSii(String csv) {
    return IndicatorCsv.readSii(new StringReader(csv), "sii.csv");
  }

  private static IndicatorCsvException siiProblem(String csv) {
    return catchThrowableOfType(IndicatorCsvException.class, () -> readSii(csv));
  }

  @Nested
  class Sii {
    @Test
    void reads_one_row_per_area_and_quantile_with_its_line() {
      SiiRows rows = readSii(sii());
      assertThat(rows.source()).isEqualTo("sii.csv");
      assertThat(rows.rows()).hasSize(10);
      SiiInput first = rows.rows().get(0);
      assertThat(first.area()).isEqualTo("E06000001");
      assertThat(first.quantile()).isEqualTo(1);
      assertThat(first.population()).isEqualTo(1000);
      assertThat(first.value()).hasValue(77);
      assertThat(first.lowerLimit()).hasValue(76);
      assertThat(first.upperLimit()).hasValue(78);
      assertThat(first.standardError()).isEmpty();
      assertThat(rows.lineOf("E06000002", 3)).hasValue(9);
      assertThat(rows.lineOf("E06000002", 9)).isEmpty();
    }

    @Test
    void takes_columns_in_any_order_and_case_ignoring_others_and_blank_lines() {
      String csv = "\uFEFFQuantile, Area ,note,Population,count,SE\n\n1,E1,\"a, quoted note\",100,10,0.1\n"
          + "2,E1,,100,NA,0.2\n";
      IndicatorCsvException missingValue = siiProblem(csv);
      assertThat(missingValue.line()).hasValue(4);
      assertThat(missingValue).hasMessage(
          "sii.csv:4: column value: the row has neither a value nor a count (area E1, quantile 2)");
      SiiRows rows = readSii(csv.replace(",NA,", ",20,"));
      assertThat(rows.rows()).extracting(SiiInput::count).extracting(c -> c.getAsDouble()).containsExactly(10.0, 20.0);
      assertThat(rows.rows().get(1).standardError()).hasValue(0.2);
      assertThat(rows.lineOf("E1", 2)).hasValue(4);
    }

    @Test
    void names_a_missing_column() {
      IndicatorCsvException e = siiProblem("area,quantile,value,lower_cl,upper_cl\nE1,1,70,69,71\n");
      assertThat(e).hasMessageStartingWith("sii.csv:1: the header has no column population (it has: ");
      assertThat(e.line()).hasValue(1);
      assertThat(siiProblem("area,quantile,population,value\nE1,1,100,70\n"))
          .hasMessageStartingWith("sii.csv:1: the header has no column lower_cl");
      assertThat(siiProblem("area,quantile,population,lower_cl,upper_cl\nE1,1,100,69,71\n"))
          .hasMessageStartingWith("sii.csv:1: the header needs a column value or count");
    }

    @Test
    void names_the_line_column_area_and_quantile_of_a_value_that_is_not_a_number() {
      IndicatorCsvException e = siiProblem(sii().replace("E06000002,3,3000,79.0", "E06000002,3,3000,n/a"));
      assertThat(e).hasMessage("sii.csv:9: column value: not a number: \"n/a\" (area E06000002, quantile 3)");
      assertThat(e.source()).isEqualTo("sii.csv");
      assertThat(e.column()).hasValue("value");
      assertThat(e.area()).hasValue("E06000002");
      assertThat(e.group()).hasValue("quantile 3");
      assertThat(siiProblem(sii().replace("E06000001,2,", "E06000001,two,")))
          .hasMessage("sii.csv:3: column quantile: not a whole number: \"two\"");
    }

    @Test
    void needs_both_limits_or_a_standard_error() {
      IndicatorCsvException e = siiProblem(sii().replace("E06000001,4,4000,80.0,79.0,81.0", "E06000001,4,4000,80.0,79.0,"));
      assertThat(e).hasMessageStartingWith("sii.csv:5: column upper_cl: is empty, and the row has no se")
          .hasMessageEndingWith("(area E06000001, quantile 4)");
    }

    @Test
    void calculates_and_reports_what_the_method_rejects_at_its_line() {
      SiiResults results = readSii(sii()).calculate(SiiOptions.builder().repetitions(1000).seed(1).build());
      assertThat(results.results()).hasSize(2);
      assertThat(results.results().get(0).sii()).isPositive();
      IndicatorCsvException e = catchThrowableOfType(IndicatorCsvException.class,
          () -> readSii(sii().replace("E06000002,4,4000", "E06000002,4,-4000"))
              .calculate(SiiOptions.builder().repetitions(1000).seed(1).build()));
      assertThat(e).hasMessage("sii.csv:10: some groups have a zero, negative or missing population (-4000.0)"
          + " (area E06000002, quantile 4)");
      assertThat(e.line()).hasValue(10);
      IndicatorCsvException proportion = catchThrowableOfType(IndicatorCsvException.class,
          () -> readSii(sii()).calculate(SiiOptions.builder().valueType(SiiValueType.PROPORTION).repetitions(1000)
              .build()));
      assertThat(proportion).hasMessage(
          "sii.csv:2: value proportions are not all between 0 and 1 (77.0) (area E06000001, quantile 1)");
      String fourQuantiles = sii().lines().filter(l -> !l.contains(",5,")).collect(Collectors.joining("\n"));
      IndicatorCsvException whole = catchThrowableOfType(IndicatorCsvException.class,
          () -> readSii(fourQuantiles).calculate(SiiOptions.builder().repetitions(1000).build()));
      assertThat(whole).hasMessageStartingWith("sii.csv: Number of quantiles must be between 5 and 100");
      assertThat(whole.line()).isEmpty();
      assertThat(whole.area()).isEmpty();
    }

    @Test
    void reports_malformed_csv_and_an_empty_file() {
      assertThat(siiProblem("")).hasMessage("sii.csv: the file is empty: expected a header row");
      assertThat(siiProblem("area,quantile,area\n")).hasMessage("sii.csv:1: column area: the column is named twice"
          + " in the header");
      assertThat(siiProblem("area,quantile,population,value,lower_cl,upper_cl\n\"E1,1,100,70,69,71\n"))
          .hasMessageContaining("not a readable CSV file");
    }
  }

  @Nested
  class Files_ {
    @Test
    void reads_a_file_and_names_it(@TempDir Path folder) throws Exception {
      Path file = folder.resolve("deciles.csv");
      Files.writeString(file, sii(), StandardCharsets.UTF_8);
      assertThat(IndicatorCsv.readSii(file).rows()).hasSize(10);
      Files.writeString(file, sii().replace("78.0,77.0", "78.0,x"), StandardCharsets.UTF_8);
      assertThatThrownBy(() -> IndicatorCsv.readSii(file))
          .isInstanceOf(IndicatorCsvException.class)
          .hasMessageStartingWith(file + ":3: column lower_cl: not a number: \"x\"");
    }

    @Test
    void a_missing_file_is_a_problem_with_the_file(@TempDir Path folder) {
      Path missing = folder.resolve("missing.csv");
      assertThatThrownBy(() -> IndicatorCsv.readCounts(missing))
          .isInstanceOf(IndicatorCsvException.class).hasMessage(missing + ": no such file or directory");
    }
  }

  @Nested
  class Counts {
    @Test
    void reads_an_area_count_and_population_per_row() {
      List<AreaCount> rows = IndicatorCsv.readCounts(
          new StringReader("area,count,population\nArea1,1,100\nArea2,65,100\n"), "counts.csv");
      assertThat(rows).extracting(AreaCount::area).containsExactly("Area1", "Area2");
      assertThat(rows.get(1).count()).isEqualTo(65);
      assertThat(rows.get(1).population()).isEqualTo(100);
      assertThat(rows.get(1).line()).isEqualTo(3);
      assertThat(rows.get(1)).isEqualTo(new AreaCount("Area2", 65, 100, 3)).hasToString("Area2: 65.0/100.0 (line 3)");
    }

    @Test
    void names_the_area_of_a_bad_count() {
      assertThatThrownBy(() -> IndicatorCsv.readCounts(
          new StringReader("area,count,population\nArea1,,100\n"), "counts.csv"))
          .hasMessage("counts.csv:2: column count: is empty (area Area1)");
      assertThatThrownBy(() -> IndicatorCsv.readCounts(new StringReader("area,count\nArea1,1\n"), "counts.csv"))
          .hasMessageStartingWith("counts.csv:1: the header has no column population");
    }
  }

  @Nested
  class AgeBands_ {
    private static final String BANDS = "area,age_band,count,population,standard_population\n"
        + "A,0-4,10,500,5000\nA,5-9,12,600,5500\nB,0-4,3,400,5000\n";

    @Test
    void groups_the_bands_by_area_in_file_order() {
      AgeBands bands = IndicatorCsv.readAgeBands(new StringReader(BANDS), "bands.csv");
      Map<String, List<AgeBandCount>> byArea = bands.byArea();
      assertThat(byArea.keySet()).containsExactly("A", "B");
      assertThat(byArea.get("A")).extracting(AgeBandCount::ageBand).containsExactly("0-4", "5-9");
      assertThat(byArea.get("A").get(1).standardPopulation()).isEqualTo(5500);
      assertThat(bands.lineOf("B")).hasValue(4);
      assertThat(bands.lineOf("A", "5-9")).hasValue(3);
      assertThat(bands.lineOf("A", "90+")).isEmpty();
      assertThat(bands.lineOf("C")).isEmpty();
    }

    @Test
    void without_standard_populations_takes_the_european_standard_population_2013_in_order() {
      StringBuilder csv = new StringBuilder("area,age_band,count,population\n");
      for (int i = 0; i < 19; i++) {
        csv.append("A,band").append(i).append(",5,100\n");
      }
      AgeBands bands = IndicatorCsv.readAgeBands(new StringReader(csv.toString()), "bands.csv");
      assertThat(bands.byArea().get("A")).hasSize(19);
      assertThat(bands.byArea().get("A").get(0).standardPopulation()).isEqualTo(5000);
      assertThat(bands.byArea().get("A").get(18).standardPopulation()).isEqualTo(1000);
      assertThatThrownBy(() -> IndicatorCsv.readAgeBands(
          new StringReader("area,age_band,count,population\nA,0-4,1,10\n"), "bands.csv"))
          .hasMessageStartingWith("bands.csv:2: without a standard_population column each area needs the 19 age"
              + " bands")
          .hasMessageEndingWith("but this one has 1 (area A)");
    }

    @Test
    void an_empty_count_is_no_events_as_the_package_has_it() {
      AgeBands bands = IndicatorCsv.readAgeBands(new StringReader(BANDS.replace("B,0-4,3,", "B,0-4,NA,")), "b.csv");
      assertThat(bands.byArea().get("B").get(0).count()).isZero();
    }

    @Test
    void names_the_area_and_age_band_of_a_bad_cell() {
      assertThatThrownBy(() -> IndicatorCsv.readAgeBands(
          new StringReader(BANDS.replace("A,5-9,12", "A,5-9,twelve")), "bands.csv"))
          .hasMessage("bands.csv:3: column count: not a number: \"twelve\" (area A, age band 5-9)");
    }
  }
}
