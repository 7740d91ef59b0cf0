package org.svcca.backend.netlib;

import org.svcca.conformance.ProviderContract;
import org.svcca.spi.LinearAlgebraProvider;

class NetlibProviderTest extends ProviderContract {

  @Override
  protected LinearAlgebraProvider provider() {
    return new NetlibProvider();
  }
}
