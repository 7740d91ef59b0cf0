package org.svcca.cli;

import java.io.PrintWriter;
import java.util.function.IntConsumer;

/**
 * A one-line progress bar on standard error for long runs, drawn only when a person is
 * watching: a terminal is attached and the output is not JSON for a script.
 */
final class Progress implements IntConsumer {

  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final String task;
  private final int total;
  private final boolean visible;
  private int lastDrawn = -1;

  private Progress(PrintWriter err, String task, int total, boolean visible) {
    this.err = err;
    this.task = task;
    this.total = total;
    this.visible = visible;
  }

  /** A bar for {@code total} steps, silent unless on a terminal and not in JSON mode. */
  static Progress of(PrintWriter err, String task, int total, OutputFormat format) {
    return new Progress(err, task, total,
        System.console() != null && format != OutputFormat.JSON && total > 0);
  }

  @Override
  public void accept(int done) {
    if (!visible) {
      return;
    }
    int filled = (int) ((long) done * WIDTH / total);
    if (filled == lastDrawn && done != total) {
      return;
    }
    lastDrawn = filled;
    err.print("\r" + task + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] "
        + done + "/" + total);
    if (done == total) {
      err.print("\r" + " ".repeat(task.length() + WIDTH + 24) + "\r");
    }
    err.flush();
  }
}
