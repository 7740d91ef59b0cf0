package org.svcca.backend.netlib;

import org.svcca.conformance.SvdContract;
import org.svcca.spi.LinearAlgebra;

class NetlibSvdTest extends SvdContract {

  @Override
  protected LinearAlgebra backend() {
    return new NetlibProvider().create();
  }
}
