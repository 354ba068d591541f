package io.github.icsmodel.benchmarks;

import io.github.icsmodel.board.AppointingAuthority;
import io.github.icsmodel.board.Board;
import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.MemberRole;
import io.github.icsmodel.board.OrdinaryMemberKind;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.inequality.BreakdownDimension;
import io.github.icsmodel.inequality.Indicator;
import io.github.icsmodel.inequality.IndicatorDomain;
import io.github.icsmodel.inequality.IndicatorValue;
import io.github.icsmodel.inequality.IndicatorValueType;
import io.github.icsmodel.report.html.HtmlReport;
import io.github.icsmodel.system.IntegratedCareBoard;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.system.NationalConfiguration;
import io.github.icsmodel.validation.RuleSet;
import io.github.icsmodel.validation.ValidationReport;
import io.github.icsmodel.validation.Validator;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The board's HTML report of a national configuration of 100,000 organisations (issue 21: under 2 seconds): 42
 * synthetic systems of about 2,400 organisations each, every one with a board of 12 members and two indicators by
 * deprivation quintile over three periods with populations and limits, so that each page section (findings, board,
 * ICP, SII, RII, Core20 gap, trend and charts) is drawn. The report is validated once in the setup; the benchmark
 * measures writing the page. The JVM is limited to one processor.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-XX:ActiveProcessorCount=1"})
@State(Scope.Benchmark)
public class HtmlReportBenchmark {
  private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);
  private static final int SYSTEMS = 42;
  private static final int ORGANISATIONS = 100_000;

  private HtmlReport page;

  /** Builds and validates the national configuration. */
  @Setup
  public void prepare() {
    var national = NationalConfiguration.builder();
    for (int i = 0; i < SYSTEMS; i++) {
      int organisations = ORGANISATIONS / SYSTEMS + (i < ORGANISATIONS % SYSTEMS ? 1 : 0);
      IntegratedCareSystem system = SyntheticSystems.parts(organisations, organisations / 10, i)
          .id(LocalId.of("system-" + i)).name("Synthetic Integrated Care System " + i)
          .icb(IntegratedCareBoard.builder().id(LocalId.of("icb")).name("NHS Synthetic Integrated Care Board " + i)
              .board(board()).build())
          .addIndicators(indicator("waits", IndicatorDomain.ACCESS, i), indicator("cancer", IndicatorDomain.OUTCOME, i))
          .build();
      national.addSystems(system);
    }
    NationalConfiguration configuration = national.build();
    ValidationReport report = Validator.of(RuleSet.all()).validate(configuration, AS_OF);
    page = HtmlReport.builder().report(report).national(configuration).build();
    String html = page.render();
    System.out.printf("%n%d findings; page of %.1f MB%n", report.findings().size(),
        html.getBytes(StandardCharsets.UTF_8).length / 1e6);
  }

  private static Board board() {
    var board = Board.builder();
    board.addMembers(BoardMember.builder().id(LocalId.of("chair")).name("Chair").role(MemberRole.CHAIR)
        .appointedBy(AppointingAuthority.NHS_ENGLAND).addApprovedBy(AppointingAuthority.SECRETARY_OF_STATE)
        .termEndsOn(AS_OF.plusMonths(3)).build());
    board.addMembers(BoardMember.builder().id(LocalId.of("chief-executive")).name("Chief Executive")
        .role(MemberRole.CHIEF_EXECUTIVE).appointedBy(AppointingAuthority.ICB_CHAIR)
        .addApprovedBy(AppointingAuthority.NHS_ENGLAND).build());
    for (int m = 0; m < 10; m++) {
      board.addMembers(BoardMember.builder().id(LocalId.of("member-" + m)).name("Member " + m)
          .role(MemberRole.ORDINARY_MEMBER).ordinaryMemberKind(OrdinaryMemberKind.values()[m % 5])
          .appointedBy(AppointingAuthority.ICB_CHAIR).termEndsOn(AS_OF.plusYears(1 + m % 3)).build());
    }
    return board.build();
  }

  private static Indicator indicator(String id, IndicatorDomain domain, int seed) {
    var indicator = Indicator.builder().id(LocalId.of(id)).name("Indicator " + id).domain(domain)
        .valueType(IndicatorValueType.PROPORTION).multiplier(BigDecimal.valueOf(100)).higherIsBetter(false);
    String[] periods = {"2023/24", "2024/25", "2025/26"};
    for (int p = 0; p < periods.length; p++) {
      for (int q = 1; q <= 5; q++) {
        double value = 30 + 3 * (5 - q) - p + (seed % 7) * 0.1;
        indicator.addValues(IndicatorValue.builder().period(periods[p]).periodEnd(LocalDate.of(2024 + p, 3, 31))
            .dimension(BreakdownDimension.DEPRIVATION_QUINTILE).group(Integer.toString(q))
            .value(BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_EVEN))
            .denominator(BigDecimal.valueOf(5000 - 100 * q))
            .lowerLimit(BigDecimal.valueOf(value - 1.3).setScale(1, java.math.RoundingMode.HALF_EVEN))
            .upperLimit(BigDecimal.valueOf(value + 1.3).setScale(1, java.math.RoundingMode.HALF_EVEN)).build());
      }
    }
    return indicator.build();
  }

  /**
   * Writes the page.
   *
   * @return its length, so the work is not eliminated
   */
  @Benchmark
  public int render() {
    return page.render().length();
  }
}
