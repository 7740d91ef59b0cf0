package org.svcca.backend.netlib;

import org.svcca.conformance.SimilarityContract;
import org.svcca.spi.LinearAlgebra;

class NetlibSimilarityTest extends SimilarityContract {

  @Override
  protected LinearAlgebra backend() {
    return new NetlibProvider().create();
  }
}
