package org.svcca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.svcca.BackendInfo;
import org.svcca.Backends;
import org.svcca.Comparison;
import org.svcca.ComputationPath;
import org.svcca.Measure;
import org.svcca.Similarity;
import org.svcca.SimilarityOptions;
import org.svcca.conformance.KnownAnswers;
import org.svcca.io.ActivationFiles;
import org.svcca.spi.Matrix;

/**
 * Every known-answer case computed on every available backend gives the same numbers: the
 * similarity values agree with the pure-Java backend's to {@value #AGREEMENT}.
 */
class CrossBackendAgreementTest {

  /**
   * Backends differ only in rounding: every measure is a backward-stable function of the
   * data, and these cases are well conditioned.
   */
  private static final double AGREEMENT = 1e-10;

  private static final List<Measure> MEASURES =
      List.of(Measure.CCA, Measure.SVCCA, Measure.PWCCA, Measure.CKA, Measure.PROCRUSTES);

  @TempDir
  static Path scratch;

  @TestFactory
  Stream<DynamicTest> everyBackendAgreesWithThePureJavaOneOnEveryKnownAnswer() {
    Backends backends = Backends.discover();
    Similarity reference = new Similarity(backends.select("ejml"));
    List<DynamicTest> tests = new ArrayList<>();
    for (KnownAnswers.Case c : KnownAnswers.load().cases()) {
      for (BackendInfo info : backends.list()) {
        if (!info.available() || info.id().equals("ejml")) {
          continue;
        }
        for (ComputationPath path : List.of(ComputationPath.DIRECT, ComputationPath.COVARIANCE)) {
          tests.add(DynamicTest.dynamicTest(c.name() + " on " + info.id() + ", " + path, () -> {
            Optional<Path> a = c.input("a", scratch);
            Optional<Path> b = c.input("b", scratch);
            org.junit.jupiter.api.Assumptions.assumeTrue(a.isPresent() && b.isPresent(),
                "skipped: " + c.name() + " is read from the shared folder, absent here");
            Matrix x = oriented(c, ActivationFiles.read(a.get().toString(), false));
            Matrix y = oriented(c, ActivationFiles.read(b.get().toString(), false));
            SimilarityOptions options = SimilarityOptions.builder().path(path).build();
            Comparison expected = reference.compare(x, y, MEASURES, options);
            Comparison actual = new Similarity(backends.select(info.id()))
                .compare(x, y, MEASURES, options);
            for (Measure measure : MEASURES) {
              assertEquals(expected.result(measure).similarity(),
                  actual.result(measure).similarity(), AGREEMENT, measure.label());
              assertEquals(expected.result(measure).dimsA(), actual.result(measure).dimsA());
            }
          }));
        }
      }
    }
    assertTrue(backends.list().stream().anyMatch(BackendInfo::available));
    return tests.stream();
  }

  private static Matrix oriented(KnownAnswers.Case c, Matrix m) {
    Optional<int[]> used = c.shapeUsed();
    return used.isPresent() && m.rows() != used.get()[0] && m.cols() == used.get()[0]
        ? m.transpose() : m;
  }
}
