package org.svcca.backend.nd4j;

import org.svcca.conformance.SimilarityContract;
import org.svcca.spi.LinearAlgebra;

class Nd4jSimilarityTest extends SimilarityContract {

  @Override
  protected LinearAlgebra backend() {
    return new Nd4jProvider().create();
  }
}
