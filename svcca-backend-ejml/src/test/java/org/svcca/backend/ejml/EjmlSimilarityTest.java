package org.svcca.backend.ejml;

import org.svcca.conformance.SimilarityContract;
import org.svcca.spi.LinearAlgebra;

class EjmlSimilarityTest extends SimilarityContract {

  @Override
  protected LinearAlgebra backend() {
    return new EjmlProvider().create();
  }
}
