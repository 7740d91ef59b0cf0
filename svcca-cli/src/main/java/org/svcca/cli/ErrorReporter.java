package org.svcca.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one line on standard error and an exit status: 2 for bad usage
 * and bad input, 1 for anything else. Stack traces are printed only when the environment
 * variable {@value #DEBUG_VARIABLE} is set, for developers.
 */
final class ErrorReporter
    implements CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {

  static final String DEBUG_VARIABLE = "SVCCA_DEBUG";

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    String name = command.getCommandSpec().qualifiedName();
    command.getErr().println(name + ": " + oneLine(e.getMessage())
        + " (see '" + name + " --help')");
    return Main.BAD_INPUT;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
    PrintWriter err = command.getErr();
    if (System.getenv(DEBUG_VARIABLE) != null) {
      e.printStackTrace(err);
    }
    if (e instanceof IllegalArgumentException) {
      err.println("svcca: " + oneLine(e.getMessage()));
      return Main.BAD_INPUT;
    }
    err.println("svcca: internal error: " + oneLine(describe(e)));
    return Main.INTERNAL_FAILURE;
  }

  static String describe(Throwable t) {
    String message = t.getMessage();
    String type = t.getClass().getSimpleName();
    return message == null ? type : type + ": " + message;
  }

  private static String oneLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    String line = message.strip().replaceAll("\\s*\\R\\s*", "; ");
    return line.isEmpty() ? "unknown error" : line;
  }
}
