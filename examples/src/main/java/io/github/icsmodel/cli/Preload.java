package io.github.icsmodel.cli;

import io.github.icsmodel.duty.DutyCatalogue;
import io.github.icsmodel.reference.EnglandReference;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads, on a second thread, the data every validation's rules need: England's reference data and the statute text
 * of the duty catalogue. {@code ics validate} starts it before it reads the first file, so that on a machine with
 * more than one core the two cold starts overlap instead of following each other (issue 22; benchmarks/README.md
 * gives the figures). {@link Ics#run} starts it as soon as it sees the command is {@code validate}, before picocli
 * builds the command, and {@link ValidateCommand} in case it was not started there.
 *
 * <p>The thread only warms what the command thread would otherwise read itself, through the same memoised,
 * thread-safe entry points ({@link EnglandReference#load()}, {@link DutyCatalogue#builtIn()}); if it fails, it
 * says nothing, and the command thread meets the same failure and reports it as it always has. The classes it
 * initialises (the reference and duty packages and the identifier and enum types they use) have no static
 * initialiser that waits for the JSON reader's classes, so the two threads cannot wait for each other.
 */
final class Preload {
  private static final AtomicBoolean STARTED = new AtomicBoolean();

  private Preload() {}

  /**
   * Starts reading the reference data and the duty catalogue on a daemon thread, once in a process, and returns
   * at once.
   */
  static void referenceDataAndStatutes() {
    if (!STARTED.compareAndSet(false, true)) {
      return;
    }
    Thread thread = new Thread(Preload::run, "ics-preload");
    thread.setDaemon(true);
    thread.start();
  }

  private static void run() {
    try {
      EnglandReference.load();
      DutyCatalogue.builtIn();
    } catch (RuntimeException | LinkageError e) {
      // The command thread meets the same failure when it needs the data, and reports it there.
    }
  }
}
