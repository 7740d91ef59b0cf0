package org.svcca.backend.jblas;

import org.svcca.conformance.QrContract;
import org.svcca.spi.LinearAlgebra;

class JblasQrTest extends QrContract {

  @Override
  protected LinearAlgebra backend() {
    return new JblasProvider().create();
  }
}
