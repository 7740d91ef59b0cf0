package org.svcca.cli;

import jakarta.inject.Inject;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import org.svcca.Comparison;
import org.svcca.ConvActivations;
import org.svcca.FourierSimilarity;
import org.svcca.ComputationPath;
import org.svcca.InvalidInputException;
import org.svcca.Layer;
import org.svcca.Measure;
import org.svcca.Significance;
import org.svcca.Similarity;
import org.svcca.SimilarityOptions;
import org.svcca.spi.LinearAlgebra;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
      description = "Comma list of cca, svcca, pwcca, cka, cka-debiased, cka-rbf, "
          + "procrustes (default: svcca).")
  private List<String> measures = new ArrayList<>(List.of("svcca"));

  @Mixin
  private MeasureOptions measureOptions = new MeasureOptions();

  @Option(names = "--path", paramLabel = "P", defaultValue = "auto",
      description = "auto (default: covariance for tall data, else direct), direct (SVDs "
          + "of the data) or covariance (second moments only).")
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

  @Option(names = "--rbf-bandwidth", paramLabel = "F", defaultValue = "0.5",
      description = "cka-rbf's kernel bandwidth as a fraction of the median distance "
          + "(default: 0.5).")
  private double rbfBandwidth;

  @Option(names = "--neurons-first",
      description = "Files store neurons as rows (google/svcca's layout).")
  private boolean neuronsFirst;

  @Option(names = "--permutations", paramLabel = "N", defaultValue = "0",
      description = "Adds p_value: the share of N datapoint shuffles of B that give a "
          + "similarity at least as large (counting the observed one).")
  private int permutations;

  @Option(names = "--bootstrap", paramLabel = "N", defaultValue = "0",
      description = "Adds ci: the 95% percentile interval over N resamples of datapoints.")
  private int bootstrap;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Seed of the shuffles and resamples (default: 1).")
  private long seed;

  @Option(names = "--directions", paramLabel = "OUT.npz",
      description = "Write SVCCA's canonical directions: variates, neuron weights, kept "
          + "basis, means and correlations (see the README for the array names).")
  private Path directions;

  @Mixin
  private ConvOptions conv = new ConvOptions();

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
    boolean decomposed = permutations > 0 || bootstrap > 0 || directions != null;
    if ((decomposed || conv.dft()) && (!chosen.id().equals(LocalEngine.ID) || stream)) {
      throw new InvalidInputException("--permutations, --bootstrap, --directions and --conv "
          + "dft read both files whole in this JVM; drop --stream and --engine");
    }
    if (conv.dft()) {
      return compareFrequencies(la, wanted, options);
    }
    Comparison comparison;
    SignificanceReport significance = SignificanceReport.NONE;
    if (decomposed) {
      Similarity similarity = new Similarity(la);
      Layer layerA = similarity.decompose(conv.readMatrix(fileA, neuronsFirst), fileA);
      Layer layerB = similarity.decompose(conv.readMatrix(fileB, neuronsFirst), fileB);
      comparison = similarity.compare(layerA, layerB, wanted, options);
      significance = SignificanceReport.compute(new Significance(similarity), layerA, layerB,
          wanted, options, permutations, bootstrap, seed, this::progressBar);
      if (directions != null) {
        DirectionsFile.write(directions, similarity.directions(layerA, layerB, options));
      }
    } else {
      comparison = throughEngine(chosen, la, wanted, options);
    }

    // Rendered in full before anything is printed, so a failure leaves no partial output.
    StringWriter rendered = new StringWriter();
    new ComparisonWriter(fileA, fileB).write(comparison, significance, format, rendered);
    comparison.warnings()
        .forEach(w -> spec.commandLine().getErr().println("svcca: warning: " + w));
    significance.warnings(comparison)
        .forEach(w -> spec.commandLine().getErr().println("svcca: warning: " + w));
    spec.commandLine().getOut().print(rendered);
    spec.commandLine().getOut().flush();
    return 0;
  }

  /** The comparison as the chosen engine computes it: in this JVM, streamed, or on Spark. */
  private Comparison throughEngine(Engine chosen, LinearAlgebra la, List<Measure> wanted,
      SimilarityOptions options) {
    StreamProgress progress = StreamProgress.forTerminal(spec.commandLine().getErr(), format);
    CompareRequest request = new CompareRequest(fileA, fileB, neuronsFirst, wanted, options,
        la, streaming(), Optional.ofNullable(master), progress, conv.channelsFirst);
    try {
      return chosen.compare(request);
    } finally {
      progress.finish();
    }
  }

  /** Streaming when asked for; else chosen by size unless a path was named explicitly. */
  private CompareRequest.Streaming streaming() {
    if (stream) {
      return CompareRequest.Streaming.ON;
    }
    return ComputationPath.parse(path) == ComputationPath.AUTO
        ? CompareRequest.Streaming.AUTO : CompareRequest.Streaming.OFF;
  }

  /** A listener that steps a terminal progress bar and erases it after the last step. */
  private IntConsumer progressBar(String task, int total) {
    Progress bar = Progress.onTerminal(spec.commandLine().getErr(), format, task, total);
    return done -> {
      bar.step();
      if (done == total) {
        bar.finish();
      }
    };
  }

  /** DFT-CCA of two convolutional layers: one result per measure, over all frequencies. */
  private Integer compareFrequencies(LinearAlgebra la, List<Measure> wanted,
      SimilarityOptions options) {
    if (permutations > 0 || bootstrap > 0 || directions != null) {
      throw new InvalidInputException("--permutations, --bootstrap and --directions are not "
          + "available with --conv dft");
    }
    ConvActivations a = conv.readConv(fileA);
    ConvActivations b = conv.readConv(fileB);
    FourierSimilarity fourier = new FourierSimilarity(new Similarity(la));
    List<FourierSimilarity.Result> results = new ArrayList<>();
    for (Measure measure : wanted) {
      results.add(fourier.compare(a, b, measure, options));
    }
    StringWriter rendered = new StringWriter();
    new FourierWriter(fileA, fileB, a, b, la.id()).write(results, format, rendered);
    results.stream().flatMap(r -> r.warnings().stream()).distinct()
        .forEach(w -> spec.commandLine().getErr().println("svcca: warning: " + w));
    spec.commandLine().getOut().print(rendered);
    spec.commandLine().getOut().flush();
    return 0;
  }

  private SimilarityOptions options() {
    if (permutations < 0 || bootstrap < 0) {
      throw new InvalidInputException("--permutations and --bootstrap take a count of 0 or "
          + "more, got " + Math.min(permutations, bootstrap));
    }
    if (bootstrap == 1) {
      throw new InvalidInputException("--bootstrap needs at least 2 resamples, got 1");
    }
    ComputationPath chosenPath = ComputationPath.parse(path);
    if ((permutations > 0 || bootstrap > 0 || directions != null)
        && chosenPath == ComputationPath.COVARIANCE) {
      throw new InvalidInputException("--permutations, --bootstrap and --directions work on "
          + "the direct path; drop --path covariance");
    }
    if (stream && chosenPath == ComputationPath.DIRECT) {
      throw new InvalidInputException("--stream computes from second moments (the covariance "
          + "path); it cannot be combined with --path direct");
    }
    return measureOptions.build().toBuilder()
        .path(chosenPath)
        .rbfBandwidth(rbfBandwidth)
        .labels(fileA, fileB)
        .build();
  }

}
