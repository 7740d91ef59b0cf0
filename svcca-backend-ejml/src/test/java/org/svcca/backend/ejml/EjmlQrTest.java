package org.svcca.backend.ejml;

import org.svcca.conformance.QrContract;
import org.svcca.spi.LinearAlgebra;

class EjmlQrTest extends QrContract {

  @Override
  protected LinearAlgebra backend() {
    return new EjmlBackend();
  }
}
