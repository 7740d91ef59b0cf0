package org.svcca.backend.ejml;

import org.svcca.conformance.ProviderContract;
import org.svcca.spi.LinearAlgebraProvider;

class EjmlProviderTest extends ProviderContract {

  @Override
  protected LinearAlgebraProvider provider() {
    return new EjmlProvider();
  }
}
