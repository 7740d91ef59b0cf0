package org.svcca.backend.netlib;

import org.svcca.conformance.KnownAnswersContract;
import org.svcca.spi.LinearAlgebra;

class NetlibKnownAnswersTest extends KnownAnswersContract {

  @Override
  protected LinearAlgebra backend() {
    return new NetlibProvider().create();
  }
}
