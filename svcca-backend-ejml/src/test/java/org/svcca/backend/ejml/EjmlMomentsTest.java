package org.svcca.backend.ejml;

import org.svcca.conformance.MomentsContract;
import org.svcca.spi.LinearAlgebra;

class EjmlMomentsTest extends MomentsContract {

  @Override
  protected LinearAlgebra backend() {
    return new EjmlProvider().create();
  }
}
