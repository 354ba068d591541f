package io.github.icsmodel.benchmarks;

import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.RuleSet;
import io.github.icsmodel.validation.ValidationReport;
import io.github.icsmodel.validation.Validator;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
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
 * Validation of a synthetic system with every built-in rule. The issue asks that 100,000 organisations and
 * 10,000 arrangements validate in under one second on one core, and that the time per organisation at 100,000 be
 * within 1.5 times that at 1,000 (linear). The JVM is limited to one processor.
 *
 * <p>Each invocation validates a freshly built system, since a system caches its derived indexes and graph;
 * building is measured on its own in {@link BuildBenchmark} and subtracted in the report.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-XX:ActiveProcessorCount=1"})
@State(Scope.Benchmark)
public class ValidationBenchmark {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

  /** Partner organisations; arrangements are a tenth of this. */
  @Param({"1000", "10000", "100000"})
  public int organisations;

  private io.github.icsmodel.system.IntegratedCareSystem.Builder parts;
  private Validator validator;

  /** Prepares the parts and the validator. */
  @Setup
  public void prepare() {
    parts = SyntheticSystems.parts(organisations, organisations / 10, 42);
    validator = Validator.of(RuleSet.all());
  }

  /**
   * Builds and validates the system.
   *
   * @return the number of findings, so the work is not eliminated
   */
  @Benchmark
  public int buildAndValidate() {
    IntegratedCareSystem system = parts.build();
    ValidationReport report = validator.validate(system, AS_OF);
    return report.findings().size();
  }
}
