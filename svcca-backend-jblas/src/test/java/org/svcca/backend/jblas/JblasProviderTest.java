package org.svcca.backend.jblas;

import org.svcca.conformance.ProviderContract;
import org.svcca.spi.LinearAlgebraProvider;

class JblasProviderTest extends ProviderContract {

  @Override
  protected LinearAlgebraProvider provider() {
    return new JblasProvider();
  }
}
