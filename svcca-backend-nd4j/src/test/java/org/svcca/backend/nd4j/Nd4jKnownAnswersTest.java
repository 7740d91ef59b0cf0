package org.svcca.backend.nd4j;

import org.svcca.conformance.KnownAnswersContract;
import org.svcca.spi.LinearAlgebra;

class Nd4jKnownAnswersTest extends KnownAnswersContract {

  @Override
  protected LinearAlgebra backend() {
    return new Nd4jProvider().create();
  }
}
