package io.github.icsmodel.inequality;

/**
 * Receives the progress of a slope index of inequality calculation, so that a long run (the default 100,000
 * repetitions for a thousand areas takes seconds) can show how far it has got. Pass one to
 * {@link SlopeIndexOfInequality#calculate(Iterable, SiiOptions, SiiProgress)}.
 *
 * <p>The calculation calls {@link #update} once for each area it finishes (once per area and simulation block with
 * the reliability statistic), from whichever thread finished it: several threads may call it at once, and the
 * counts may arrive out of order. An implementation must therefore be thread-safe, should return quickly, and must
 * not throw.
 */
@FunctionalInterface
public interface SiiProgress {

  /**
   * Reports that some of the work is done.
   *
   * @param done the units of work finished so far, from 1 to {@code total}
   * @param total the units of work in the calculation
   */
  void update(int done, int total);

  /**
   * Returns a listener that ignores the progress.
   *
   * @return the listener
   */
  static SiiProgress none() {
    return (done, total) -> { };
  }
}
