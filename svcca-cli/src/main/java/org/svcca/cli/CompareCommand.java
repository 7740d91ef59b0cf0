package org.svcca.cli;

import jakarta.inject.Inject;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.svcca.Comparison;
import org.svcca.ComputationPath;
import org.svcca.InvalidInputException;
import org.svcca.KeepBy;
import org.svcca.Measure;
import org.svcca.PwccaSide;
import org.svcca.SimilarityOptions;
import org.svcca.spi.LinearAlgebra;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code svcca compare A B}: the similarity of two activation files. */
@Command(name = "compare",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Similarity of two layers' activations on the same datapoints.",
        "Files: .npy, file.npz:array, .csv, .tsv; rows are datapoints unless --neurons-first.",
        ".npy files too large for the heap are streamed in row chunks (see --stream)."})
final class CompareCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "A", description = "First activation file.")
  private String fileA;

  @Parameters(index = "1", paramLabel = "B", description = "Second activation file.")
  private String fileB;

  @Option(names = "--measure", split = ",", paramLabel = "M",
      description = "Comma list of cca, svcca, pwcca, cka (default: svcca).")
  private List<String> measures = new ArrayList<>(List.of("svcca"));

  @Option(names = "--dims", paramLabel = "K",
      description = "SVCCA keeps the top K singular directions of each side.")
  private Integer dims;

  @Option(names = "--keep", paramLabel = "F",
      description = "SVCCA keeps the directions that carry fraction F (default: 0.99).")
  private Double keep;

  @Option(names = "--keep-by", paramLabel = "RULE", defaultValue = "variance",
      description = "variance (share of sum s^2, default) or singular-values (sum s, the "
          + "paper's rule).")
  private String keepBy;

  @Option(names = "--epsilon", paramLabel = "E", defaultValue = "0",
      description = "google/svcca's pruning of neurons with relative variance below E, plus "
          + "an E ridge; 0 (default) drops null directions by numerical rank instead.")
  private double epsilon;

  @Option(names = "--path", paramLabel = "P",
      description = "direct (SVD of the data, default) or covariance (second moments).")
  private String path;

  @Option(names = "--stream",
      description = "Read .npy files in one pass of row chunks, in memory bounded by the "
          + "neurons (covariance path); chosen by itself when the data would crowd the heap.")
  private boolean stream;

  @Option(names = "--engine", paramLabel = "E", defaultValue = "local",
      description = "local (default), or spark with svcca-spark.jar.")
  private String engine;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master for --engine spark, such as local[2] or yarn.")
  private String master;

  @Option(names = "--pwcca-side", paramLabel = "S", defaultValue = "fewer",
      description = "Whose neurons weight PWCCA: fewer (default), a or b.")
  private String pwccaSide;

  @Option(names = "--allow-underdetermined",
      description = "Compute even when the kept directions exceed the datapoints' degrees of "
          + "freedom (some correlations are then 1 by construction).")
  private boolean allowUnderdetermined;

  @Option(names = "--neurons-first",
      description = "Files store neurons as rows (google/svcca's layout).")
  private boolean neuronsFirst;

  @Option(names = "--backend", paramLabel = "ID",
      description = "Linear-algebra backend (see 'svcca backends').")
  private String backend;

  @Option(names = "--format", paramLabel = "FMT", defaultValue = "text",
      description = "text (default), json or csv.")
  private OutputFormat format;

  private final BackendChoice backends;

  @Inject
  CompareCommand(BackendChoice backends) {
    this.backends = backends;
  }

  @Override
  public Integer call() {
    // Everything that can be checked without reading a file is checked first.
    SimilarityOptions options = options();
    List<Measure> wanted = new ArrayList<>();
    for (String name : measures) {
      wanted.add(Measure.parse(name));
    }
    Engine chosen = Engines.find(engine);
    LinearAlgebra la = backends.resolve(backend);
    Progress progress = Progress.forTerminal(spec.commandLine().getErr(), format);

    CompareRequest request = new CompareRequest(fileA, fileB, neuronsFirst, wanted, options,
        la, streaming(), Optional.ofNullable(master), progress);
    Comparison comparison;
    try {
      comparison = chosen.compare(request);
    } finally {
      progress.finish();
    }

    // Rendered in full before anything is printed, so a failure leaves no partial output.
    StringWriter rendered = new StringWriter();
    new ComparisonWriter(fileA, fileB).write(comparison, format, rendered);
    comparison.warnings()
        .forEach(w -> spec.commandLine().getErr().println("svcca: warning: " + w));
    spec.commandLine().getOut().print(rendered);
    spec.commandLine().getOut().flush();
    return 0;
  }

  private CompareRequest.Streaming streaming() {
    if (stream) {
      return CompareRequest.Streaming.ON;
    }
    return path == null ? CompareRequest.Streaming.AUTO : CompareRequest.Streaming.OFF;
  }

  private SimilarityOptions options() {
    if (dims != null && keep != null) {
      throw new InvalidInputException("--dims and --keep are alternatives; give one");
    }
    ComputationPath chosenPath = path == null ? ComputationPath.DIRECT
        : ComputationPath.parse(path);
    if (stream && chosenPath == ComputationPath.DIRECT && path != null) {
      throw new InvalidInputException("--stream computes from second moments (the covariance "
          + "path); it cannot be combined with --path direct");
    }
    SimilarityOptions.Builder builder = SimilarityOptions.builder()
        .keepBy(KeepBy.parse(keepBy))
        .epsilon(epsilon)
        .path(chosenPath)
        .pwccaSide(PwccaSide.parse(pwccaSide))
        .allowUnderdetermined(allowUnderdetermined)
        .labels(fileA, fileB);
    if (dims != null) {
      builder.dims(dims);
    }
    if (keep != null) {
      builder.keep(keep);
    }
    return builder.build();
  }
}
