package io.github.icsmodel.benchmarks;

import io.github.icsmodel.json.IcsJson;
import io.github.icsmodel.json.ReadResult;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.Finding;
import java.nio.charset.StandardCharsets;
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
 * A lenient read of a document with many unknown properties, locating each warning as {@code ics validate
 * --lenient} does: linear in their number (issue #13 found over a minute at 100,000, from a quadratic look-up). The
 * time per property should stay flat from 1,000 to 100,000.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@State(Scope.Benchmark)
public class LenientReadBenchmark {
  @Param({"1000", "10000", "100000"})
  public int unknownProperties;

  private String document;

  /** A small system with the unknown properties at its top level. */
  @Setup
  public void prepare() {
    String system = IcsJson.toJson(SyntheticSystems.system(10, 0));
    StringBuilder unknown = new StringBuilder(unknownProperties * 24);
    for (int i = 0; i < unknownProperties; i++) {
      unknown.append("\"unknown").append(i).append("\": ").append(i).append(", ");
    }
    document = system.replaceFirst("\\{", "{" + unknown);
    if (document.getBytes(StandardCharsets.UTF_8).length < unknownProperties) {
      throw new IllegalStateException("document not built");
    }
  }

  /**
   * Reads leniently and finds the line of every warning.
   *
   * @return the sum of the lines, so that nothing is optimised away
   */
  @Benchmark
  public long readAndLocate() {
    ReadResult<IntegratedCareSystem> read = IcsJson.reader().lenient().parseSystem(document);
    long lines = 0;
    for (Finding warning : read.warnings()) {
      lines += read.locations().find(warning.path()).orElseThrow().line();
    }
    return lines;
  }
}
