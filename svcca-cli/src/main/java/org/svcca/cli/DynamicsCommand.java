package org.svcca.cli;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.svcca.Comparison;
import org.svcca.InvalidInputException;
import org.svcca.Layer;
import org.svcca.Measure;
import org.svcca.Similarity;
import org.svcca.SimilarityOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code svcca dynamics PATTERN}: how each layer approaches its state at a reference
 * checkpoint during training, which layers converge first, and which could have been frozen.
 */
@Command(name = "dynamics",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
        "Learning dynamics: each layer at each checkpoint against the same layer at the last "
            + "checkpoint (or --reference).",
        "PATTERN names the files with {checkpoint} and {layer}, such as "
            + "'run/ep{checkpoint}_l{layer}.npy' (quote it); checkpoints are ordered by "
            + "number."})
final class DynamicsCommand extends AnalysisCommand {

  @Parameters(index = "0", paramLabel = "PATTERN",
      description = "Files, with {checkpoint} and {layer} where their names vary.")
  private String pattern;

  @Option(names = "--reference", paramLabel = "CHECKPOINT",
      description = "Compare with this checkpoint instead of the last.")
  private String reference;

  @Option(names = "--thresholds", split = ",", paramLabel = "T",
      description = "Similarities to report convergence at (default: 0.9,0.95,0.99).")
  private List<Double> thresholds = new ArrayList<>(List.of(0.9, 0.95, 0.99));

  @Option(names = "--measure", paramLabel = "M", defaultValue = "svcca",
      description = "One measure, as in compare (default: svcca).")
  private String measure;

  @Mixin
  private MeasureOptions measureOptions;

  @Inject
  DynamicsCommand(BackendChoice backends) {
    super(backends);
  }

  @Override
  Findings analyse(Similarity similarity, Progress progress) {
    Measure wanted = Measure.parse(measure);
    SimilarityOptions options = measureOptions.build();
    List<Double> levels = checkedThresholds();
    CheckpointPattern files = CheckpointPattern.parse(pattern);
    CheckpointPattern.Grid grid = files.find();
    String against = grid.checkpoint(reference);

    // Each file is decomposed once; the reference of a layer serves all its checkpoints.
    List<String> layers = grid.layers();
    List<String> checkpoints = grid.checkpoints();
    progress.expect(layers.size() * checkpoints.size());
    double[][] values = new double[layers.size()][checkpoints.size()];
    Set<String> warnings = new LinkedHashSet<>();
    int samples = 0;
    for (int l = 0; l < layers.size(); l++) {
      Layer target = inputs.decompose(similarity, grid.file(layers.get(l), against));
      samples = target.samples();
      for (int c = 0; c < checkpoints.size(); c++) {
        String checkpoint = checkpoints.get(c);
        Layer at = checkpoint.equals(against) ? target
            : inputs.decompose(similarity, grid.file(layers.get(l), checkpoint));
        Comparison comparison = similarity.compare(at, target, List.of(wanted), options);
        values[l][c] = comparison.result(wanted).similarity();
        warnings.addAll(comparison.warnings());
        progress.step();
      }
    }
    if (checkpoints.size() == 1) {
      warnings.add("only one checkpoint (" + against + ") matches " + pattern
          + "; there are no dynamics to show");
    }
    return new LearningDynamics(pattern, wanted, similarity.backend(), samples, against,
        layers, checkpoints, values, levels, new ArrayList<>(warnings));
  }

  private List<Double> checkedThresholds() {
    for (double t : thresholds) {
      if (!(t > 0.0 && t <= 1.0)) {
        throw new InvalidInputException("--thresholds must be in (0, 1], got " + t);
      }
    }
    return thresholds.stream().distinct().sorted().toList();
  }
}
