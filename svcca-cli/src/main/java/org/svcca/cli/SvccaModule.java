package org.svcca.cli;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import org.svcca.Backends;
import org.svcca.spi.LinearAlgebra;

/**
 * Binds the discovered backends and, as an overridable default, the backend that selection
 * picks (system property, environment, then priority). An application replaces the default
 * with {@code OptionalBinder.newOptionalBinder(binder(), LinearAlgebra.class).setBinding()}.
 */
public final class SvccaModule extends AbstractModule {

  @Override
  protected void configure() {
    OptionalBinder.newOptionalBinder(binder(), LinearAlgebra.class)
        .setDefault().toProvider(DefaultBackend.class);
  }

  @Provides
  @Singleton
  Backends backends() {
    return Backends.discover();
  }

  /** The backend selection picks when nothing overrides it; created on first use. */
  static final class DefaultBackend implements jakarta.inject.Provider<LinearAlgebra> {
    private final Backends backends;

    @jakarta.inject.Inject
    DefaultBackend(Backends backends) {
      this.backends = backends;
    }

    @Override
    public LinearAlgebra get() {
      return backends.select(null);
    }
  }
}
