package org.svcca.backend.nd4j;

import org.svcca.conformance.GemmContract;
import org.svcca.spi.LinearAlgebra;

class Nd4jGemmTest extends GemmContract {

  @Override
  protected LinearAlgebra backend() {
    return new Nd4jProvider().create();
  }
}
