package org.svcca.backend.nd4j;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The reasons given when ND4J cannot start. Failures are built by hand: the real ones would
 * leave ND4J's static state broken for every other test in this JVM.
 */
class Nd4jRuntimeTest {

  @Test
  void missingNativeLibraryNamesThePlatformAndTheRuntimeToShip() {
    String reason = Nd4jRuntime.reason(new ExceptionInInitializerError(
        new UnsatisfiedLinkError("no jnind4jcpu in java.library.path")));

    assertTrue(reason.contains("native libraries did not load on "), reason);
    assertTrue(reason.contains("no jnind4jcpu in java.library.path"), reason);
    assertTrue(reason.contains("org.nd4j:nd4j-native"), reason);
    assertTrue(reason.contains("nd4j-cuda-11.6"), reason);
  }

  @Test
  void missingClassSaysTheClassPathIsIncomplete() {
    String reason = Nd4jRuntime.reason(
        new NoClassDefFoundError("org/nd4j/linalg/factory/Nd4j"));

    assertTrue(reason.contains("missing from the class path"), reason);
    assertTrue(reason.contains("org/nd4j/linalg/factory/Nd4j"), reason);
  }

  /** ND4J's report when its only runtime cannot run; here, the CPU one is on the class path. */
  @Test
  void runtimeThatCannotRunIsNamed() {
    String reason = Nd4jRuntime.reason(new ExceptionInInitializerError(
        new RuntimeException(
            new org.nd4j.linalg.factory.Nd4jBackend.NoAvailableBackendException("none"))));

    assertTrue(reason.startsWith("ND4J's CPU runtime cannot run on "), reason);
  }

  @Test
  void otherFailuresKeepTheirMessage() {
    String reason = Nd4jRuntime.reason(new RuntimeException("wrapped",
        new IllegalStateException("ND4J loaded but computes wrong results")));

    assertTrue(reason.startsWith("ND4J failed to start on "), reason);
    assertTrue(reason.contains("IllegalStateException: ND4J loaded but computes wrong results"),
        reason);
  }
}
