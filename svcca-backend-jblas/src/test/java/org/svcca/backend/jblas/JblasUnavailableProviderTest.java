package org.svcca.backend.jblas;

import org.svcca.conformance.ProviderContract;
import org.svcca.spi.LinearAlgebraProvider;

/** The provider contract where jblas's native library fails to load, as without libgfortran. */
class JblasUnavailableProviderTest extends ProviderContract {

  @Override
  protected LinearAlgebraProvider provider() {
    return new JblasProvider(() -> JblasNatives.check(() -> {
      throw new UnsatisfiedLinkError("libgfortran.so.5: cannot open shared object file");
    }));
  }
}
