package io.github.icsmodel.benchmarks;

import io.github.icsmodel.indicatorcsv.AreaCount;
import io.github.icsmodel.indicatorcsv.IndicatorCsv;
import io.github.icsmodel.json.IcsJson;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.RuleSet;
import io.github.icsmodel.validation.ValidationReport;
import io.github.icsmodel.validation.Validator;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Memory per organisation (reading and validating a system) and per CSV row (reading counts), for the limits of
 * issue #13. Run with {@code -prof gc}: {@code gc.alloc.rate.norm} divided by the parameter is the bytes allocated
 * per organisation or row. The setup also prints the bytes retained per organisation or row (the heap in use with
 * the result held, after garbage collection, less the heap in use before), which is what bounds the heap needed.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 3)
@Measurement(iterations = 2, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@State(Scope.Benchmark)
public class MemoryBenchmark {
  private static final LocalDate AS_OF = LocalDate.of(2026, 12, 2);

  @Param({"10000", "100000"})
  public int size;

  private String system;
  private String csv;
  private Validator validator;

  /** Writes a system of {@code size} organisations and a counts CSV of {@code size} rows; prints retained sizes. */
  @Setup
  public void prepare() {
    system = IcsJson.toJson(SyntheticSystems.system(size, size / 10));
    StringBuilder rows = new StringBuilder("area,count,population\n");
    for (int i = 0; i < size; i++) {
      rows.append("E0100").append(String.format(java.util.Locale.ROOT, "%04d", i % 10_000)).append('-').append(i).append(',')
          .append(i % 97).append(",1500\n");
    }
    csv = rows.toString();
    validator = Validator.of(RuleSet.all());
    System.out.printf("%nDocument: %.1f MB, %d bytes per organisation; CSV: %d bytes per row%n",
        system.length() / 1e6, system.length() / size, csv.length() / size);
    System.out.printf("Retained per organisation, read: %d bytes%n", retained(this::readSystem) / size);
    System.out.printf("Retained per organisation, read and validated: %d bytes%n",
        retained(() -> {
          IntegratedCareSystem read = readSystem();
          return List.of(read, validator.validate(read, AS_OF));
        }) / size);
    System.out.printf("Retained per CSV row: %d bytes%n", retained(this::readCsv) / size);
    System.out.printf("Peak per CSV row while read: %d bytes%n", peak(this::readCsv) / size);
  }

  /**
   * The most heap in use while something is made, less the heap in use before: what bounds the heap needed to make
   * it (the sum of the heap pools' peaks, so an upper bound, as the pools do not peak together).
   */
  private static long peak(Supplier<Object> make) {
    long before = used();
    List<java.lang.management.MemoryPoolMXBean> pools = java.lang.management.ManagementFactory
        .getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP).toList();
    pools.forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
    Object held = make.get();
    long peak = pools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    if (held.hashCode() == 42) {
      System.out.print("");
    }
    return peak - before;
  }

  private static long retained(Supplier<Object> make) {
    long before = used();
    Object held = make.get();
    long after = used();
    if (held.hashCode() == 42) {
      System.out.print("");
    }
    return after - before;
  }

  private static long used() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 4; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }

  /**
   * Reads the system.
   *
   * @return the system
   */
  @Benchmark
  public IntegratedCareSystem readSystem() {
    return IcsJson.parseSystem(system);
  }

  /**
   * Reads and validates the system.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport validate() {
    return validator.validate(IcsJson.parseSystem(system), AS_OF);
  }

  /**
   * Reads the CSV rows.
   *
   * @return the rows
   */
  @Benchmark
  public List<AreaCount> readCsv() {
    return IndicatorCsv.readCounts(new StringReader(csv), "counts.csv");
  }
}
