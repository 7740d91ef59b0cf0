package org.svcca.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.svcca.InvalidInputException;
import org.svcca.Similarity;
import org.svcca.cli.plot.Png;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The shape every analysis command shares: options are checked, files read and the work
 * done, then the result is rendered in full and only then printed, so a failure leaves no
 * partial output. Subclasses compute {@link Findings}; {@code svcca report} calls the same
 * computation and renders it as a page.
 */
abstract class AnalysisCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec
  CommandSpec spec;

  @Mixin
  ActivationInputs inputs;

  @Option(names = "--plot", paramLabel = "FILE.png",
      description = "Also draw the result into this PNG file.")
  private Path plot;

  @Option(names = "--backend", paramLabel = "ID",
      description = "Linear-algebra backend (see 'svcca backends').")
  private String backend;

  @Option(names = "--format", paramLabel = "FMT", defaultValue = "text",
      description = "text (default), json or csv.")
  OutputFormat format;

  private final BackendChoice backends;

  AnalysisCommand(BackendChoice backends) {
    this.backends = backends;
  }

  /**
   * Checks the options, reads the files and computes. Options that need no file are checked
   * before any file is read.
   *
   * @param similarity the measures on the chosen backend
   * @param progress to advance once per unit of work; it shows only on a terminal
   */
  abstract Findings analyse(Similarity similarity, Progress progress);

  @Override
  public Integer call() {
    Findings findings = findings(format);
    String rendered = render(findings, format);
    writePlot(findings);
    PrintWriter err = spec.commandLine().getErr();
    findings.warnings().forEach(w -> err.println("svcca: warning: " + w));
    spec.commandLine().getOut().print(rendered);
    spec.commandLine().getOut().flush();
    return 0;
  }

  /** Runs the analysis with a progress bar suited to how its result will be shown. */
  Findings findings(OutputFormat shownAs) {
    requireWritablePlot();
    Similarity similarity = new Similarity(backends.resolve(backend));
    Progress progress = Progress.onTerminal(spec.commandLine().getErr(), shownAs,
        spec.name(), 1);
    try {
      return analyse(similarity, progress);
    } finally {
      progress.finish();
    }
  }

  /** Writes the figure where {@code --plot} says, if it says. */
  void writePlot(Findings findings) {
    if (plot == null) {
      return;
    }
    try {
      Png.write(findings.figure(), plot);
    } catch (IOException e) {
      throw new InvalidInputException(plot + ": cannot write the plot (" + e.getMessage()
          + ")", e);
    }
  }

  static String render(Findings findings, OutputFormat format) {
    StringWriter rendered = new StringWriter();
    PrintWriter out = new PrintWriter(rendered);
    switch (format) {
      case JSON -> out.println(json(findings));
      case CSV -> findings.table().csv(out);
      default -> findings.text(out);
    }
    out.flush();
    return rendered.toString();
  }

  static String json(Findings findings) {
    try {
      return JSON.writeValueAsString(findings.json());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render the result as JSON", e);
    }
  }

  /** Fails before any work if the plot could not be written, rather than after it. */
  private void requireWritablePlot() {
    if (plot == null) {
      return;
    }
    if (!plot.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
      throw new InvalidInputException(plot + ": --plot writes PNG; give a file name ending "
          + "in .png");
    }
    Path parent = plot.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new InvalidInputException(plot + ": cannot write the plot: no such directory "
          + parent);
    }
  }
}
