package io.github.icsmodel.benchmarks;

import io.github.icsmodel.reference.EnglandReferenceRules;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.RuleSet;
import io.github.icsmodel.validation.Validator;
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
 * The library's own first call, which an application that embeds it pays once (issue 22): in a fresh JVM, one
 * {@code Validator.of(rules).validate(system, asOf)} of a small system (10 organisations, one arrangement, built
 * in the setup), with the built-in rules ({@link #builtInRules()}) or, as the {@code ics} tool does, with
 * {@link EnglandReferenceRules#ruleSet(LocalDate)}, which reads the England reference data
 * ({@link #englandRules()}). Single shot: each fork measures one call, never warmed; the score is over the forks.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 15, jvmArgsAppend = {"-Xmx1g"})
@State(Scope.Benchmark)
public class FirstCallBenchmark {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

  private IntegratedCareSystem system;

  /** Builds the small system: the model's classes are loaded, the validation's are not. */
  @Setup
  public void prepare() {
    system = SyntheticSystems.system(10, 1);
  }

  /**
   * The first validation with every built-in rule.
   *
   * @return the number of findings, so the work is not eliminated
   */
  @Benchmark
  public int builtInRules() {
    return Validator.of(RuleSet.all()).validate(system, AS_OF).findings().size();
  }

  /**
   * The first validation with all the rules England has on the date, reference data included.
   *
   * @return the number of findings, so the work is not eliminated
   */
  @Benchmark
  public int englandRules() {
    return Validator.of(EnglandReferenceRules.ruleSet(AS_OF)).validate(system, AS_OF).findings().size();
  }
}
