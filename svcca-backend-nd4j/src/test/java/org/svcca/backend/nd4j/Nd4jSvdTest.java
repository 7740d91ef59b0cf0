package org.svcca.backend.nd4j;

import org.svcca.conformance.SvdContract;
import org.svcca.spi.LinearAlgebra;

class Nd4jSvdTest extends SvdContract {

  @Override
  protected LinearAlgebra backend() {
    return new Nd4jProvider().create();
  }
}
