package org.svcca.cli;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.svcca.Comparison;
import org.svcca.Layer;
import org.svcca.Measure;
import org.svcca.Similarity;
import org.svcca.SimilarityOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code svcca labels A LABELS}: how much class information a layer carries. CCA between
 * the layer and the one-hot class indicators, and for each class the multiple correlation of
 * the layer with that class's indicator.
 */
@Command(name = "labels",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
        "Class sensitivity: CCA between a layer and the class labels, and for each class the "
            + "correlation of the layer with that class's indicator.",
        "LABELS: a vector of integer classes (.npy, or one CSV column) or a datapoints x "
            + "classes one-hot matrix. k classes give k - 1 directions."})
final class LabelsCommand extends AnalysisCommand {

  @Parameters(index = "0", paramLabel = "A", description = "Activation file.")
  private String fileA;

  @Parameters(index = "1", paramLabel = "LABELS", description = "Class labels of the rows.")
  private String labelsFile;

  @Option(names = "--measure", split = ",", paramLabel = "M",
      description = "Comma list, as in compare (default: cca, the mean canonical "
          + "correlation with all label directions).")
  private List<String> measures = new ArrayList<>(List.of("cca"));

  @Mixin
  private MeasureOptions measureOptions;

  @Inject
  LabelsCommand(BackendChoice backends) {
    super(backends);
  }

  @Override
  Findings analyse(Similarity similarity, Progress progress) {
    List<Measure> wanted = new ArrayList<>();
    for (String name : measures) {
      wanted.add(Measure.parse(name));
    }
    SimilarityOptions options = measureOptions.build();
    ClassLabels labels = inputs.labels(labelsFile);
    Layer layer = inputs.decompose(similarity, fileA);
    progress.expect(1 + labels.classes());

    // All classes together: the one-hot code's null direction is dropped by rank.
    Layer code = similarity.decompose(labels.indicators(), labelsFile);
    Comparison all = similarity.compare(layer, code, wanted, options);
    Set<String> warnings = new LinkedHashSet<>(all.warnings());
    progress.step();

    // Each class alone: one canonical correlation, the multiple correlation R.
    Double[] perClass = new Double[labels.classes()];
    for (int c = 0; c < labels.classes(); c++) {
      perClass[c] = classCorrelation(similarity, layer, labels, c, options, warnings);
      progress.step();
    }
    return new ClassSensitivity(fileA, labels, all, perClass, new ArrayList<>(warnings));
  }

  private Double classCorrelation(Similarity similarity, Layer layer, ClassLabels labels,
      int c, SimilarityOptions options, Set<String> warnings) {
    int count = labels.count(c);
    if (count == 0 || count == layer.samples()) {
      warnings.add("class " + labels.names().get(c) + " of " + labelsFile + " is on "
          + (count == 0 ? "no" : "every") + " datapoint; it has no correlation to report");
      return null;
    }
    Layer indicator = similarity.decompose(labels.indicator(c),
        labelsFile + " class " + labels.names().get(c));
    return similarity.compare(layer, indicator, List.of(Measure.CCA), options)
        .result(Measure.CCA).similarity();
  }
}
