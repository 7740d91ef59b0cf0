package org.svcca.backend.ejml;

import org.svcca.conformance.SvdContract;
import org.svcca.spi.LinearAlgebra;

class EjmlSvdTest extends SvdContract {

  @Override
  protected LinearAlgebra backend() {
    return new EjmlBackend();
  }
}
