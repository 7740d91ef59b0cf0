package org.svcca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {

  @Test
  void drawsInPlaceAndErasesItself() {
    StringWriter err = new StringWriter();
    Progress progress = new Progress(new PrintWriter(err), true, "matrix", 4);

    for (int i = 0; i < 4; i++) {
      progress.step();
    }
    progress.finish();

    String shown = err.toString();
    assertTrue(shown.startsWith("\rmatrix [="), shown);
    assertTrue(shown.contains("4/4"), shown);
    assertTrue(shown.endsWith("\r"), "the bar is erased: " + shown);
    assertTrue(!shown.contains("\n"), "never a new line: " + shown);
  }

  @Test
  void showsTheShareDone() {
    Progress progress = new Progress(new PrintWriter(new StringWriter()), false, "dims", 10);

    for (int i = 0; i < 5; i++) {
      progress.step();
    }

    assertEquals("dims [===============>              ] 5/10", progress.line());
  }

  @Test
  void silentOffATerminalAndInJson() {
    StringWriter err = new StringWriter();
    Progress hidden = new Progress(new PrintWriter(err), false, "matrix", 2);
    Progress json = Progress.onTerminal(new PrintWriter(err), OutputFormat.JSON, "matrix", 2);

    hidden.step();
    json.step();
    hidden.finish();
    json.finish();

    assertEquals("", err.toString());
  }
}
