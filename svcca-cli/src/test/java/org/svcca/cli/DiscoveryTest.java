package org.svcca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.util.Modules;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svcca.Backends;
import org.svcca.backend.ejml.EjmlProvider;
import org.svcca.spi.Availability;
import org.svcca.spi.BackendKind;
import org.svcca.spi.LinearAlgebra;
import org.svcca.spi.LinearAlgebraProvider;
import org.svcca.spi.ProbedProvider;

/**
 * What users see from discovery in deployments other than the full jar: only the pure-Java
 * backend, and a native backend whose library does not load beside it.
 */
class DiscoveryTest {

  @TempDir
  Path dir;

  @Test
  void onlyEjmlOnTheClassPathIsListedAndSelected() throws IOException {
    Module[] modules = deployment(List.of(new EjmlProvider()));
    String a = Fixtures.npy(dir.resolve("a.npy"), Fixtures.related(2, 120, 5)).toString();

    CliRun listing = CliRun.with(modules, "backends");
    CliRun compare = CliRun.with(modules, "compare", a, a, "--format", "json");

    assertEquals(0, listing.status(), listing.err());
    assertEquals(3, listing.out().lines().count(), listing.out());
    assertTrue(listing.out().lines().anyMatch(l -> l.startsWith("* ejml ")), listing.out());
    assertTrue(compare.out().contains("\"backend\":\"ejml\""), compare.out());
  }

  @Test
  void aNativeBackendWhoseLibraryFailsToLoadIsListedWithItsReasonAndNeverChosen()
      throws IOException {
    Module[] modules = deployment(List.of(new EjmlProvider(), new MissingNative()));
    String a = Fixtures.npy(dir.resolve("a.npy"), Fixtures.related(2, 120, 5)).toString();

    CliRun listing = CliRun.with(modules, "backends");
    CliRun fallback = CliRun.with(modules, "compare", a, a, "--format", "json");
    CliRun explicit = CliRun.with(modules, "compare", a, a, "--backend", "missing");

    assertTrue(listing.out().lines().anyMatch(l -> l.contains(" missing ")
        && l.contains("unavailable: libsvcca_missing_native")), listing.out());
    assertTrue(listing.out().contains("selected: ejml"), listing.out());
    assertTrue(fallback.out().contains("\"backend\":\"ejml\""), fallback.err());
    assertEquals(Main.BAD_INPUT, explicit.status());
    assertTrue(explicit.err().startsWith("svcca: backend 'missing' is not available: "
        + "libsvcca_missing_native"), explicit.err());
    assertTrue(explicit.err().strip().endsWith("found: missing (unavailable), ejml"),
        explicit.err());
  }

  private static Module[] deployment(List<LinearAlgebraProvider> providers) {
    Backends backends = Backends.of(providers, key -> null, key -> null);
    return new Module[] {Modules.override(new SvccaModule()).with(new AbstractModule() {
      @Override
      protected void configure() {
        bind(Backends.class).toInstance(backends);
      }
    })};
  }

  /** A native backend whose library is not installed: its probe really fails to load it. */
  private static final class MissingNative extends ProbedProvider {
    MissingNative() {
      super("missing", BackendKind.NATIVE, 500, MissingNative::probe);
    }

    private static Availability probe() {
      try {
        System.loadLibrary("svcca_missing_native");
        return Availability.ok();
      } catch (UnsatisfiedLinkError e) {
        return Availability.unavailable("libsvcca_missing_native.so did not load: "
            + e.getMessage());
      }
    }

    @Override
    public String library() {
      return "a native library that is not installed";
    }

    @Override
    protected LinearAlgebra newBackend() {
      throw new IllegalStateException("never created: it is unavailable");
    }
  }
}
