package org.svcca.backend.jblas;

import org.svcca.conformance.SvdContract;
import org.svcca.spi.LinearAlgebra;

class JblasSvdTest extends SvdContract {

  @Override
  protected LinearAlgebra backend() {
    return new JblasProvider().create();
  }
}
