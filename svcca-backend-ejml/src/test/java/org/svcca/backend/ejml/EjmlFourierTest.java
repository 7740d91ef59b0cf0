package org.svcca.backend.ejml;

import org.svcca.conformance.FourierContract;
import org.svcca.spi.LinearAlgebra;

class EjmlFourierTest extends FourierContract {

  @Override
  protected LinearAlgebra backend() {
    return new EjmlProvider().create();
  }
}
