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

  /**
   * A small system with half the unknown properties at its top level, after the format marker, and half in its
   * ICB (an object may have at most 100,000 properties).
   */
  @Setup
  public void prepare() {
    String system = IcsJson.toJson(SyntheticSystems.system(10, 0));
    document = system
        .replaceFirst("\"format\": \"icsmodel/1\",",
            "\"format\": \"icsmodel/1\", " + unknown("top", unknownProperties / 2))
        .replaceFirst("\"icb\": \\{", "\"icb\": {" + unknown("icb", unknownProperties - unknownProperties / 2));
    if (document.getBytes(StandardCharsets.UTF_8).length < unknownProperties) {
      throw new IllegalStateException("document not built");
    }
  }

  private static String unknown(String prefix, int count) {
    StringBuilder unknown = new StringBuilder(count * 24);
    for (int i = 0; i < count; i++) {
      unknown.append('"').append(prefix).append(i).append("\": ").append(i).append(", ");
    }
    return unknown.toString();
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
