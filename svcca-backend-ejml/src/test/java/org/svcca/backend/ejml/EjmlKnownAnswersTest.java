package org.svcca.backend.ejml;

import org.svcca.conformance.KnownAnswersContract;
import org.svcca.spi.LinearAlgebra;

class EjmlKnownAnswersTest extends KnownAnswersContract {

  @Override
  protected LinearAlgebra backend() {
    return new EjmlProvider().create();
  }
}
