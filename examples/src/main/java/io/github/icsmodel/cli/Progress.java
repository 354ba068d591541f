package io.github.icsmodel.cli;

import io.github.icsmodel.inequality.SiiProgress;
import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * Progress of a long calculation on standard error, as {@code simulating areas: 412 of 1000}, rewritten in place
 * at most five times a second. Shown only when standard error is a terminal ({@link System#console()} is not null),
 * so that redirected output and scripts see nothing. Thread-safe: the calculation reports from several threads.
 */
final class Progress implements SiiProgress, AutoCloseable {
  private static final long INTERVAL_NANOS = 200_000_000L;

  private final PrintWriter err;
  private final String what;
  private final boolean live;
  private final LongSupplier clock;
  private long last;
  private boolean shown;

  Progress(PrintWriter err, String what, boolean live, LongSupplier clock) {
    this.err = err;
    this.what = what;
    this.live = live;
    this.clock = clock;
    this.last = clock.getAsLong();
  }

  /**
   * Returns progress that shows on standard error only when it is a terminal.
   *
   * @param err standard error
   * @param what what is being done, such as "simulating areas"
   * @return the progress
   */
  static Progress onConsole(PrintWriter err, String what) {
    return new Progress(err, what, System.console() != null, System::nanoTime);
  }

  @Override
  public synchronized void update(int done, int total) {
    if (!live) {
      return;
    }
    long now = clock.getAsLong();
    if (done < total && now - last < INTERVAL_NANOS) {
      return;
    }
    last = now;
    shown = true;
    err.print("\r" + what + ": " + done + " of " + total);
    err.flush();
  }

  /** Clears the progress line, if one was shown. */
  @Override
  public synchronized void close() {
    if (shown) {
      err.print("\r\033[K");
      err.flush();
      shown = false;
    }
  }
}
