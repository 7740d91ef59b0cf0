package org.svcca.backend.jblas;

import org.svcca.conformance.KnownAnswersContract;
import org.svcca.spi.LinearAlgebra;

class JblasKnownAnswersTest extends KnownAnswersContract {

  @Override
  protected LinearAlgebra backend() {
    return new JblasProvider().create();
  }
}
