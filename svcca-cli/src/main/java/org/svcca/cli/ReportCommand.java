package org.svcca.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.svcca.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code svcca report COMMAND ARGS... --out report.html}: runs one analysis command as it
 * would run alone and writes everything it found (figure, text, table, warnings, JSON) into
 * one self-contained HTML page. The analysis's own arguments are passed through untouched.
 */
@Command(name = "report",
    description = {
        "Run an analysis and write one self-contained HTML page with its figure, tables, "
            + "text and JSON.",
        "Example: svcca report matrix a1.npy a2.npy --vs b1.npy b2.npy --out report.html",
        "Analyses: matrix, dynamics, dims, labels; their options go after their name."})
final class ReportCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--out", paramLabel = "FILE.html",
      description = "Where to write the page (required).")
  private Path out;

  /** Not picocli's own help option, which would answer for report when asked by the analysis. */
  @Option(names = {"-h", "--help"},
      description = "Show this help; after an analysis's name, that analysis's help.")
  private boolean help;

  @Unmatched
  private List<String> command = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    if (help && command.isEmpty()) {
      spec.commandLine().usage(spec.commandLine().getOut());
      return 0;
    }
    if (command.isEmpty()) {
      throw new InvalidInputException("report needs an analysis to run: matrix, dynamics, "
          + "dims or labels, with its arguments");
    }
    String name = command.get(0);
    CommandLine analysisLine = spec.root().commandLine().getSubcommands().get(name);
    if (analysisLine == null
        || !(analysisLine.getCommand() instanceof AnalysisCommand analysis)) {
      throw new InvalidInputException("report runs matrix, dynamics, dims or labels, not '"
          + name + "'");
    }
    if (help) {
      analysisLine.usage(spec.commandLine().getOut());
      return 0;
    }
    requireWritablePage();
    try {
      analysisLine.parseArgs(command.subList(1, command.size()).toArray(String[]::new));
    } catch (CommandLine.ParameterException e) {
      throw new InvalidInputException(name + ": " + e.getMessage(), e);
    }
    if (analysisLine.isVersionHelpRequested()) {
      analysisLine.printVersionHelp(spec.commandLine().getOut());
      return 0;
    }

    // The analysis runs as it would alone, its plot included; only the page is added.
    Findings findings = analysis.findings(OutputFormat.TEXT);
    analysis.writePlot(findings);
    String page = HtmlReport.page(findings, "svcca " + String.join(" ", command), stamp());
    try {
      Files.writeString(out, page, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InvalidInputException(out + ": cannot write the report (" + e.getMessage()
          + ")", e);
    }
    findings.warnings().forEach(w -> spec.commandLine().getErr().println("svcca: warning: "
        + w));
    spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s: %s (%d KB)%n", out,
        findings.title(), (page.length() + 1023) / 1024);
    spec.commandLine().getOut().flush();
    return 0;
  }

  private static String stamp() {
    return new VersionProvider().getVersion()[0] + ", "
        + Instant.now().truncatedTo(ChronoUnit.SECONDS);
  }

  private void requireWritablePage() {
    if (out == null) {
      throw new InvalidInputException("report needs --out FILE.html, the page to write");
    }
    String file = out.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!file.endsWith(".html") && !file.endsWith(".htm")) {
      throw new InvalidInputException(out + ": --out writes HTML; give a file name ending in "
          + ".html");
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new InvalidInputException(out + ": cannot write the report: no such directory "
          + parent);
    }
  }
}
