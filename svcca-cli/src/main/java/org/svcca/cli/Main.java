package org.svcca.cli;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Runs the {@code svcca} command. Exit status: 0 on success, 2 on bad usage or bad input
 * (one line on standard error naming the input and the problem), 1 on an internal failure.
 */
public final class Main {

  /** Exit status for bad usage or bad input. */
  static final int BAD_INPUT = 2;

  /** Exit status for a failure that is not the user's. */
  static final int INTERNAL_FAILURE = 1;

  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int status = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /** Runs one command with the default wiring and returns its exit status. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, new SvccaModule());
  }

  /** Runs one command with the given Guice modules, so an application can override bindings. */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Module... modules) {
    Injector injector;
    try {
      injector = Guice.createInjector(modules);
    } catch (RuntimeException e) {
      err.println("svcca: cannot start: " + e.getMessage());
      return INTERNAL_FAILURE;
    }
    CommandLine commandLine = commandLine(injector);
    commandLine.setOut(out);
    commandLine.setErr(err);
    try {
      return commandLine.execute(args);
    } catch (OutOfMemoryError e) {
      err.println("svcca: out of memory (" + ErrorReporter.describe(e)
          + "); give the JVM more heap, e.g. java -Xmx8g -jar svcca.jar ...");
      return INTERNAL_FAILURE;
    }
  }

  static CommandLine commandLine(Injector injector) {
    CommandLine commandLine = new CommandLine(SvccaCommand.class, new GuiceFactory(injector));
    ErrorReporter reporter = new ErrorReporter();
    commandLine.setParameterExceptionHandler(reporter);
    commandLine.setExecutionExceptionHandler(reporter);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    return commandLine;
  }
}
