package org.svcca.backend.jblas;

import org.svcca.conformance.SimilarityContract;
import org.svcca.spi.LinearAlgebra;

class JblasSimilarityTest extends SimilarityContract {

  @Override
  protected LinearAlgebra backend() {
    return new JblasProvider().create();
  }
}
