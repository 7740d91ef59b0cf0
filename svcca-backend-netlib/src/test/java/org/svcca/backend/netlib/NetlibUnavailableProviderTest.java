package org.svcca.backend.netlib;

import org.svcca.conformance.ProviderContract;
import org.svcca.spi.LinearAlgebraProvider;

/** The provider contract where no native BLAS loads, as without libopenblas0. */
class NetlibUnavailableProviderTest extends ProviderContract {

  @Override
  protected LinearAlgebraProvider provider() {
    return new NetlibProvider(() -> NetlibNatives.check(() -> {
      throw new RuntimeException("Unable to load native implementation");
    }));
  }
}
