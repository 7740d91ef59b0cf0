package org.svcca.backend.netlib;

import org.svcca.conformance.QrContract;
import org.svcca.spi.LinearAlgebra;

class NetlibQrTest extends QrContract {

  @Override
  protected LinearAlgebra backend() {
    return new NetlibProvider().create();
  }
}
