package org.svcca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Module;
import com.google.inject.multibindings.OptionalBinder;
import com.google.inject.util.Modules;
import org.junit.jupiter.api.Test;
import org.svcca.Backends;
import org.svcca.spi.LinearAlgebra;
import org.svcca.spi.Matrix;
import org.svcca.spi.SvdParts;
import org.svcca.spi.ThinQr;
import org.svcca.spi.ThinSvd;
import org.svcca.spi.Transpose;

class GuiceWiringTest {

  @Test
  void defaultBindingIsTheSelectedBackend() {
    LinearAlgebra bound = Guice.createInjector(new SvccaModule()).getInstance(LinearAlgebra.class);

    assertEquals(Backends.discover().choose(null).id(), bound.id());
  }

  @Test
  void anApplicationCanOverrideTheDefaultBackend() {
    Module renamed = new AbstractModule() {
      @Override
      protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), LinearAlgebra.class).setBinding()
            .toInstance(new Renamed(Backends.discover().select("ejml")));
      }
    };

    CliRun run = CliRun.with(new Module[] {Modules.combine(new SvccaModule(), renamed)},
        "demo", "--format", "json", "--datapoints", "300");

    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("\"backend\":\"in-house\""), run.out());
  }

  /** An application's own backend: EJML's arithmetic under another name. */
  private static final class Renamed implements LinearAlgebra {
    private final LinearAlgebra delegate;

    Renamed(LinearAlgebra delegate) {
      this.delegate = delegate;
    }

    @Override
    public String id() {
      return "in-house";
    }

    @Override
    public void gemm(double alpha, Matrix a, Transpose ta, Matrix b, Transpose tb, double beta,
        Matrix c) {
      delegate.gemm(alpha, a, ta, b, tb, beta, c);
    }

    @Override
    public ThinQr qr(Matrix a) {
      return delegate.qr(a);
    }

    @Override
    public ThinSvd svd(Matrix a, SvdParts parts) {
      return delegate.svd(a, parts);
    }
  }
}
