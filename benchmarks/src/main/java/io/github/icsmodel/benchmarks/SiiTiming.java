package io.github.icsmodel.benchmarks;

import io.github.icsmodel.inequality.SiiInput;
import io.github.icsmodel.inequality.SiiOptions;
import io.github.icsmodel.inequality.SiiValueType;
import io.github.icsmodel.inequality.SlopeIndexOfInequality;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * The cases of {@link SiiBenchmark} timed by wall clock and by the CPU time of the whole process, which a machine
 * shared with other work inflates much less than the wall clock: on an idle machine with c cores the wall time is
 * about CPU time / c. Run with {@code java -cp benchmarks/target/benchmarks.jar
 * io.github.icsmodel.benchmarks.SiiTiming [kind...]}; each case runs once to warm up and three times measured.
 */
public final class SiiTiming {
  private SiiTiming() {}

  /**
   * Times the cases.
   *
   * @param args the kinds to time (other, rate-transformed, rate, proportion); all by default
   */
  public static void main(String[] args) {
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    List<String> kinds = args.length == 0 ? List.of("other", "rate-transformed", "rate", "proportion") : List.of(args);
    System.out.printf("%-18s %10s %10s  (%d processors)%n", "kind", "wall s", "cpu s", os.getAvailableProcessors());
    for (String kind : kinds) {
      List<SiiInput> rows = SiiBenchmark.rows(kind, 1000, 20_240_213L);
      SiiOptions options = SiiOptions.builder()
          .valueType(kind.equals("other") ? SiiValueType.OTHER
              : kind.startsWith("rate") ? SiiValueType.RATE : SiiValueType.PROPORTION)
          .transform(kind.equals("rate-transformed"))
          .multiplier(kind.equals("proportion") ? 100 : 1)
          .seed(1)
          .build();
      for (int run = 0; run < 4; run++) {
        long wall = System.nanoTime();
        long cpu = os.getProcessCpuTime();
        SlopeIndexOfInequality.calculate(rows, options);
        double wallSeconds = (System.nanoTime() - wall) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
        if (run > 0) {
          System.out.printf("%-18s %10.2f %10.2f  load %.1f%n", kind, wallSeconds, cpuSeconds,
              os.getSystemLoadAverage());
        }
      }
    }
  }
}
