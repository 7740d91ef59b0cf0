package org.svcca.cli;

import com.google.inject.Module;
import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the command line, with what it printed. */
record CliRun(int status, String out, String err) {

  static CliRun of(String... args) {
    return with(new Module[] {new SvccaModule()}, args);
  }

  static CliRun with(Module[] modules, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), modules);
    return new CliRun(status, out.toString(), err.toString());
  }

  /** The lines printed on standard error. */
  String[] errLines() {
    return err.isEmpty() ? new String[0] : err.split("\\R");
  }
}
