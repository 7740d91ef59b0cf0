package org.svcca.backend.ejml;

import org.svcca.conformance.GemmContract;
import org.svcca.spi.LinearAlgebra;

class EjmlGemmTest extends GemmContract {

  @Override
  protected LinearAlgebra backend() {
    return new EjmlBackend();
  }
}
