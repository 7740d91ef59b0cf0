package org.svcca.backend.netlib;

import org.svcca.conformance.GemmContract;
import org.svcca.spi.LinearAlgebra;

class NetlibGemmTest extends GemmContract {

  @Override
  protected LinearAlgebra backend() {
    return new NetlibProvider().create();
  }
}
