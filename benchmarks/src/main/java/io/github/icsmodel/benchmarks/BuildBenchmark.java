package io.github.icsmodel.benchmarks;

import io.github.icsmodel.system.IntegratedCareSystem;
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
 * Building a system: the issue asks that 100,000 organisations and 10,000 arrangements build in well under a
 * second. Measures {@code build()} (the structural checks) and the co-operation graph, from prepared parts.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-XX:ActiveProcessorCount=1"})
@State(Scope.Benchmark)
public class BuildBenchmark {

  /** Partner organisations; arrangements are a tenth of this. */
  @Param({"1000", "10000", "100000"})
  public int organisations;

  private IntegratedCareSystem.Builder parts;

  /** Prepares the parts. */
  @Setup
  public void prepare() {
    parts = SyntheticSystems.parts(organisations, organisations / 10, 42);
  }

  /**
   * Builds the system and its co-operation graph.
   *
   * @return the graph's group count, so the work is not eliminated
   */
  @Benchmark
  public int buildAndGraph() {
    IntegratedCareSystem system = parts.build();
    return system.cooperationGraph().nhsBodyGroups().size();
  }
}
