package org.svcca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.svcca.spi.Availability;
import org.svcca.spi.BackendKind;
import org.svcca.spi.LinearAlgebra;
import org.svcca.spi.LinearAlgebraProvider;
import org.svcca.spi.Matrix;
import org.svcca.spi.SvdParts;
import org.svcca.spi.ThinQr;
import org.svcca.spi.ThinSvd;
import org.svcca.spi.Transpose;

class BackendsTest {

  private static final UnaryOperator<String> NOTHING_SET = key -> null;

  private final Named slow = new Named("slow", 100, Availability.ok());
  private final Named fast = new Named("fast", 300, Availability.ok());
  private final Named broken = new Named("broken", 900,
      Availability.unavailable("libfoo.so: cannot open shared object file"));

  @Test
  void highestPriorityAvailableBackendIsChosenWhenNothingIsExplicit() {
    Backends backends = Backends.of(List.of(slow, broken, fast), NOTHING_SET, NOTHING_SET);

    assertEquals("fast", backends.choose(null).id());
    assertEquals("fast", backends.select(null).id());
  }

  @Test
  void listingIsOrderedByPriorityAndKeepsUnavailableBackendsWithTheirReason() {
    Backends backends = Backends.of(List.of(slow, broken, fast), NOTHING_SET, NOTHING_SET);

    List<BackendInfo> listed = backends.list();

    assertEquals(List.of("broken", "fast", "slow"), listed.stream().map(BackendInfo::id).toList());
    assertFalse(listed.get(0).available());
    assertEquals("libfoo.so: cannot open shared object file",
        listed.get(0).availability().reason());
  }

  @Test
  void explicitIdWinsOverPriority() {
    Backends backends = Backends.of(List.of(slow, fast), NOTHING_SET, NOTHING_SET);

    assertEquals("slow", backends.choose("slow").id());
    assertEquals("slow", backends.choose(" SLOW ").id());
  }

  @Test
  void argumentWinsOverPropertyWhichWinsOverEnvironment() {
    UnaryOperator<String> property = Map.of(Backends.PROPERTY, "slow")::get;
    UnaryOperator<String> environment = Map.of(Backends.ENVIRONMENT, "fast")::get;
    Named third = new Named("third", 1, Availability.ok());

    Backends both = Backends.of(List.of(slow, fast, third), property, environment);
    Backends envOnly = Backends.of(List.of(slow, fast, third), NOTHING_SET, environment);

    assertEquals("third", both.choose("third").id());
    assertEquals("slow", both.choose(null).id());
    assertEquals("fast", envOnly.choose(null).id());
  }

  @Test
  void unknownIdIsAnErrorNamingWhatWasFound() {
    Backends backends = Backends.of(List.of(slow, broken, fast), NOTHING_SET, NOTHING_SET);

    BackendSelectionException e =
        assertThrows(BackendSelectionException.class, () -> backends.choose("cuda"));

    assertEquals("unknown backend 'cuda'; found: broken (unavailable), fast, slow",
        e.getMessage());
  }

  @Test
  void unavailableExplicitIdIsAnErrorWithTheReasonNeverAFallback() {
    Backends backends = Backends.of(List.of(slow, broken), NOTHING_SET,
        Map.of(Backends.ENVIRONMENT, "broken")::get);

    BackendSelectionException e =
        assertThrows(BackendSelectionException.class, () -> backends.select(null));

    assertTrue(e.getMessage().startsWith("backend 'broken' is not available: libfoo.so"),
        e.getMessage());
  }

  @Test
  void aProviderWhoseCheckThrowsIsListedAsUnavailable() {
    LinearAlgebraProvider throwing = new Named("throwing", 500, null) {
      @Override
      public Availability availability() {
        throw new UnsatisfiedLinkError("no native code here");
      }
    };

    Backends backends = Backends.of(List.of(throwing, slow), NOTHING_SET, NOTHING_SET);

    assertEquals("slow", backends.choose(null).id());
    assertTrue(backends.list().get(0).availability().reason().contains("no native code here"));
  }

  @Test
  void twoProvidersClaimingOneIdAreRejected() {
    Named impostor = new Named("slow", 5, Availability.ok()) {};

    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Backends.of(List.of(slow, impostor), NOTHING_SET, NOTHING_SET));

    assertTrue(e.getMessage().contains("two svcca backends claim the id 'slow'"));
  }

  @Test
  void noBackendAtAllSaysWhichJarToAdd() {
    Backends backends = Backends.of(List.of(), NOTHING_SET, NOTHING_SET);

    BackendSelectionException e =
        assertThrows(BackendSelectionException.class, () -> backends.choose(null));

    assertTrue(e.getMessage().contains("add svcca-backend-ejml"), e.getMessage());
  }

  /**
   * A provider that only has an identity: selection never multiplies, so its backend refuses
   * every operation.
   */
  private static class Named implements LinearAlgebraProvider {
    private final String id;
    private final int priority;
    private final Availability availability;

    Named(String id, int priority, Availability availability) {
      this.id = id;
      this.priority = priority;
      this.availability = availability;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String library() {
      return id + " 1.0";
    }

    @Override
    public BackendKind kind() {
      return BackendKind.PURE_JAVA;
    }

    @Override
    public int priority() {
      return priority;
    }

    @Override
    public Availability availability() {
      return availability;
    }

    @Override
    public LinearAlgebra create() {
      return new LinearAlgebra() {
        @Override
        public String id() {
          return id;
        }

        @Override
        public void gemm(double alpha, Matrix a, Transpose ta, Matrix b, Transpose tb,
            double beta, Matrix c) {
          throw new UnsupportedOperationException("selection test backend");
        }

        @Override
        public ThinQr qr(Matrix a) {
          throw new UnsupportedOperationException("selection test backend");
        }

        @Override
        public ThinSvd svd(Matrix a, SvdParts parts) {
          throw new UnsupportedOperationException("selection test backend");
        }
      };
    }
  }
}
