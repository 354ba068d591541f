package io.github.icsmodel.cli;

import com.google.common.base.Supplier;
import com.google.common.base.Throwables;
import com.google.common.util.concurrent.Uninterruptibles;
import io.github.icsmodel.duty.DutyCatalogue;
import io.github.icsmodel.reference.EnglandReference;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Start-up work on other threads, so that on a machine with more than one core the cold starts of
 * {@code ics validate} overlap instead of following each other (issue 22; benchmarks/README.md gives the figures).
 * {@link #referenceDataAndStatutes()} reads the data every validation's rules need, England's reference data and the
 * statute text of the duty catalogue: {@link Ics#run} starts it as soon as it sees the command is {@code validate},
 * before picocli builds the command. {@link #inBackground} then builds the rules while the first file is read.
 *
 * <p>The threads do only what the command thread would otherwise do itself, through the same thread-safe entry
 * points ({@link EnglandReference#load()} and {@link DutyCatalogue#builtIn()} are memoised), so the output is the
 * same. They cannot wait for each other: the classes they initialise (the reference, duty, law and validation
 * packages, and the identifier and enum types they share with the JSON reader) have no static initialiser that
 * needs a class of the JSON reader or of picocli, and none of them creates an instance of a subclass of itself in
 * its static initialiser, the pattern that deadlocks class initialisation across threads. PreloadIT runs fresh
 * processes under several sets of JVM flags to show they finish with the same report.
 */
final class Preload {
  private static final AtomicBoolean STARTED = new AtomicBoolean();

  private Preload() {}

  /**
   * Starts reading the reference data and the duty catalogue on a daemon thread, once in a process, and returns
   * at once. If the reading fails, the thread says nothing: the command thread meets the same failure when it needs
   * the data, and reports it as it always has.
   */
  static void referenceDataAndStatutes() {
    if (!STARTED.compareAndSet(false, true)) {
      return;
    }
    Thread thread = new Thread(Preload::run, "ics-preload");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Starts a task on a daemon thread and returns its result on demand: {@code ics validate} builds its rules so while
   * it reads the first file. A failure of the task is thrown by {@link Supplier#get()} as the task threw it.
   *
   * @param name the thread's name
   * @param task the task
   * @param <T> the result's type
   * @return the result, waited for
   */
  static <T> Supplier<T> inBackground(String name, Callable<T> task) {
    FutureTask<T> future = new FutureTask<>(task);
    Thread thread = new Thread(future, name);
    thread.setDaemon(true);
    thread.start();
    return () -> {
      try {
        return Uninterruptibles.getUninterruptibly(future);
      } catch (ExecutionException e) {
        Throwables.throwIfUnchecked(e.getCause());
        throw new IllegalStateException(e.getCause());
      }
    };
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
