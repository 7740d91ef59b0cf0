package org.svcca.cli;

import jakarta.inject.Inject;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import org.svcca.Comparison;
import org.svcca.ConvActivations;
import org.svcca.FourierSimilarity;
import org.svcca.ComputationPath;
import org.svcca.InvalidInputException;
import org.svcca.KeepBy;
import org.svcca.Layer;
import org.svcca.Measure;
import org.svcca.PwccaSide;
import org.svcca.Significance;
import org.svcca.Similarity;
import org.svcca.SimilarityOptions;
import org.svcca.spi.LinearAlgebra;
import org.svcca.spi.Matrix;
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
        "Files: .npy, file.npz:array, .csv, .tsv; rows are datapoints unless --neurons-first."})
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

  @Option(names = "--path", paramLabel = "P", defaultValue = "auto",
      description = "auto (default: covariance for tall data, else direct), direct (SVDs "
          + "of the data) or covariance (second moments only).")
  private String path;

  @Option(names = "--pwcca-side", paramLabel = "S", defaultValue = "fewer",
      description = "Whose neurons weight PWCCA: fewer (default), a or b.")
  private String pwccaSide;

  @Option(names = "--rbf-bandwidth", paramLabel = "F", defaultValue = "0.5",
      description = "cka-rbf's kernel bandwidth as a fraction of the median distance "
          + "(default: 0.5).")
  private double rbfBandwidth;

  @Option(names = "--allow-underdetermined",
      description = "Compute even when the kept directions exceed the datapoints' degrees of "
          + "freedom (some correlations are then 1 by construction).")
  private boolean allowUnderdetermined;

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
    LinearAlgebra la = backends.resolve(backend);

    if (conv.dft()) {
      return compareFrequencies(la, wanted, options);
    }
    Matrix a = conv.readMatrix(fileA, neuronsFirst);
    Matrix b = conv.readMatrix(fileB, neuronsFirst);
    Similarity similarity = new Similarity(la);
    Comparison comparison;
    SignificanceReport significance = SignificanceReport.NONE;
    if (permutations > 0 || bootstrap > 0 || directions != null) {
      Layer layerA = similarity.decompose(a, fileA);
      Layer layerB = similarity.decompose(b, fileB);
      comparison = similarity.compare(layerA, layerB, wanted, options);
      significance = SignificanceReport.compute(new Significance(similarity), layerA, layerB,
          wanted, options, permutations, bootstrap, seed,
          this::progressBar);
      if (directions != null) {
        DirectionsFile.write(directions, similarity.directions(layerA, layerB, options));
      }
    } else {
      comparison = similarity.compare(a, b, wanted, options);
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
    if (dims != null && keep != null) {
      throw new InvalidInputException("--dims and --keep are alternatives; give one");
    }
    if (permutations < 0 || bootstrap < 0) {
      throw new InvalidInputException("--permutations and --bootstrap take a count of 0 or "
          + "more, got " + Math.min(permutations, bootstrap));
    }
    if (bootstrap == 1) {
      throw new InvalidInputException("--bootstrap needs at least 2 resamples, got 1");
    }
    if ((permutations > 0 || bootstrap > 0 || directions != null)
        && "covariance".equalsIgnoreCase(path.trim())) {
      throw new InvalidInputException("--permutations, --bootstrap and --directions work on "
          + "the direct path; drop --path covariance");
    }
    SimilarityOptions.Builder builder = SimilarityOptions.builder()
        .keepBy(KeepBy.parse(keepBy))
        .epsilon(epsilon)
        .path(ComputationPath.parse(path))
        .pwccaSide(PwccaSide.parse(pwccaSide))
        .allowUnderdetermined(allowUnderdetermined)
        .rbfBandwidth(rbfBandwidth)
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
