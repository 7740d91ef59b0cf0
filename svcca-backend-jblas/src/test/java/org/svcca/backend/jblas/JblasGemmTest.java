package org.svcca.backend.jblas;

import org.svcca.conformance.GemmContract;
import org.svcca.spi.LinearAlgebra;

class JblasGemmTest extends GemmContract {

  @Override
  protected LinearAlgebra backend() {
    return new JblasProvider().create();
  }
}
