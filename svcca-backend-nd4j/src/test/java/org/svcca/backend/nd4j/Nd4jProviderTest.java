package org.svcca.backend.nd4j;

import org.svcca.conformance.ProviderContract;
import org.svcca.spi.LinearAlgebraProvider;

class Nd4jProviderTest extends ProviderContract {

  @Override
  protected LinearAlgebraProvider provider() {
    return new Nd4jProvider();
  }
}
