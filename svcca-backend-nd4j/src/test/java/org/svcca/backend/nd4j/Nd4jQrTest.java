package org.svcca.backend.nd4j;

import org.svcca.conformance.QrContract;
import org.svcca.spi.LinearAlgebra;

class Nd4jQrTest extends QrContract {

  @Override
  protected LinearAlgebra backend() {
    return new Nd4jProvider().create();
  }
}
