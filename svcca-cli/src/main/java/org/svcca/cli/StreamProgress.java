package org.svcca.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress report on standard error, rewritten in place, for people watching a
 * terminal; silent otherwise (pipes, files, {@code --format json}). Updates are throttled to
 * a few a second so that reporting costs nothing next to the work.
 */
public final class StreamProgress {

  /** Nanoseconds between two updates of the line. */
  private static final long INTERVAL_NANOS = 250_000_000L;

  private static final StreamProgress SILENT = new StreamProgress(null, System::nanoTime);

  private final PrintWriter err;
  private final LongSupplier clock;
  private final long started;
  private long lastShown;
  private boolean shown;

  StreamProgress(PrintWriter err, LongSupplier clock) {
    this.err = err;
    this.clock = clock;
    this.started = clock.getAsLong();
    this.lastShown = started - INTERVAL_NANOS;
  }

  /** Reports nothing. */
  public static StreamProgress silent() {
    return SILENT;
  }

  /** Reports on {@code err} when a person is watching: a console, and text output. */
  static StreamProgress forTerminal(PrintWriter err, OutputFormat format) {
    boolean watched = System.console() != null && format != OutputFormat.JSON;
    return watched ? new StreamProgress(err, System::nanoTime) : SILENT;
  }

  /** Whether this reports anything. */
  public boolean enabled() {
    return err != null;
  }

  /** {@code done} of {@code total} datapoints are through; shown at most every 0.25 s. */
  public synchronized void advanced(long done, long total) {
    if (err == null) {
      return;
    }
    long now = clock.getAsLong();
    if (done < total && now - lastShown < INTERVAL_NANOS) {
      return;
    }
    lastShown = now;
    shown = true;
    double seconds = Math.max(1e-9, (now - started) / 1e9);
    err.printf(Locale.ROOT, "\rsvcca: %,d of %,d datapoints (%.0f%%), %,.0f a second   ",
        done, total, 100.0 * done / Math.max(1, total), done / seconds);
    err.flush();
  }

  /** A note for the person watching, on its own line; nothing when silent. */
  public synchronized void note(String message) {
    if (err != null) {
      finish();
      err.println("svcca: " + message);
      err.flush();
    }
  }

  /** Ends the progress line, so that what follows starts on a line of its own. */
  public synchronized void finish() {
    if (err != null && shown) {
      err.println();
      err.flush();
      shown = false;
    }
  }
}
