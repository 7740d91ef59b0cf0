package org.svcca.cli;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

/** {@code svcca matrix A1 A2 ... [--vs B1 B2 ...]}: the similarity of every pair of layers. */
@Command(name = "matrix",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
        "Similarity of every pair of layers: each A against each A, or each A against each B "
            + "with --vs.",
        "Each file is read and decomposed once, however many pairs it is in."})
final class MatrixCommand extends AnalysisCommand {

  /**
   * Measures that give the same value when the layers swap, so that a matrix of one list is
   * filled by symmetry. PWCCA is not among them: with equal ranks it weights by the first
   * layer. A measure missing here is computed for every cell, which is never wrong.
   */
  private static final Set<Measure> SYMMETRIC =
      EnumSet.of(Measure.CCA, Measure.SVCCA, Measure.CKA);

  @Parameters(arity = "1..*", paramLabel = "A", description = "Activation files (rows).")
  private List<String> rows;

  @Option(names = "--vs", arity = "1..*", paramLabel = "B",
      description = "Activation files of the columns; without it, the rows again.")
  private List<String> cols;

  @Option(names = "--measure", paramLabel = "M", defaultValue = "svcca",
      description = "One measure, as in compare (default: svcca).")
  private String measure;

  @Mixin
  private MeasureOptions measureOptions;

  @Inject
  MatrixCommand(BackendChoice backends) {
    super(backends);
  }

  @Override
  Findings analyse(Similarity similarity, Progress progress) {
    Measure wanted = Measure.parse(measure);
    SimilarityOptions options = measureOptions.build();
    boolean oneList = cols == null;
    List<String> columns = oneList ? rows : cols;
    boolean mirrored = oneList && SYMMETRIC.contains(wanted);

    // Each distinct file is read and decomposed once, whatever the number of its pairs.
    Set<String> distinct = new LinkedHashSet<>(rows);
    distinct.addAll(columns);
    int pairs = mirrored ? rows.size() * (rows.size() + 1) / 2 : rows.size() * columns.size();
    progress.expect(distinct.size() + pairs);
    Map<String, Layer> layers = new HashMap<>();
    for (String spec : distinct) {
      layers.put(spec, inputs.decompose(similarity, spec));
      progress.step();
    }

    // Every pair; with one list and a symmetric measure the lower triangle mirrors the upper.
    double[][] values = new double[rows.size()][columns.size()];
    Set<String> warnings = new LinkedHashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      for (int j = 0; j < columns.size(); j++) {
        if (mirrored && j < i) {
          values[i][j] = values[j][i];
          continue;
        }
        Comparison c = similarity.compare(layers.get(rows.get(i)), layers.get(columns.get(j)),
            List.of(wanted), options);
        values[i][j] = c.result(wanted).similarity();
        warnings.addAll(c.warnings());
        progress.step();
      }
    }
    int samples = layers.get(rows.get(0)).samples();
    return new LayerMatrix(wanted, similarity.backend(), samples, rows, columns, oneList,
        values, new ArrayList<>(warnings));
  }
}
