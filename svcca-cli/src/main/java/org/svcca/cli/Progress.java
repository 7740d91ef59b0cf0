package org.svcca.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A progress bar on standard error for long analyses, redrawn in place with carriage
 * returns. It is shown only on a terminal and never with {@code --format json}, so scripts
 * and logs see nothing of it; otherwise every method does nothing.
 */
final class Progress {

  /** Characters of the bar itself. */
  private static final int WIDTH = 30;

  /** Redraws at most this often, so that fast steps cost no terminal output. */
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final boolean shown;
  private final String what;
  private int total;
  private int done;
  private long lastDrawn;
  private int drawnLength;

  Progress(PrintWriter err, boolean shown, String what, int total) {
    this.err = err;
    this.shown = shown;
    this.what = what;
    this.total = Math.max(total, 1);
  }

  /** A bar that shows only when standard input and output are a terminal and not in JSON. */
  static Progress onTerminal(PrintWriter err, OutputFormat format, String what, int total) {
    return new Progress(err, System.console() != null && format != OutputFormat.JSON, what,
        total);
  }

  /** Changes the number of steps expected, for work whose size shows only once it starts. */
  void expect(int steps) {
    total = Math.max(steps, 1);
  }

  /** One step done. */
  void step() {
    done++;
    if (!shown) {
      return;
    }
    long now = System.nanoTime();
    if (done >= total || lastDrawn == 0 || now - lastDrawn >= REDRAW_NANOS) {
      lastDrawn = now;
      draw();
    }
  }

  /** Erases the bar, leaving the line as it was. */
  void finish() {
    if (shown && drawnLength > 0) {
      err.print("\r" + " ".repeat(drawnLength) + "\r");
      err.flush();
      drawnLength = 0;
    }
  }

  /** The bar as it would be drawn now, such as {@code "matrix [=====>    ] 12/32"}. */
  String line() {
    int filled = (int) ((long) WIDTH * Math.min(done, total) / total);
    String bar = "=".repeat(filled) + (filled < WIDTH ? ">" : "")
        + " ".repeat(Math.max(0, WIDTH - filled - 1));
    return String.format(Locale.ROOT, "%s [%s] %d/%d", what, bar, done, total);
  }

  private void draw() {
    String line = line();
    err.print("\r" + line);
    err.flush();
    drawnLength = line.length();
  }
}
