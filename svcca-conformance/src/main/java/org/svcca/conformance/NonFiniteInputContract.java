package org.svcca.conformance;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.svcca.spi.LinearAlgebra;
import org.svcca.spi.Matrix;
import org.svcca.spi.SvdParts;

/**
 * What a backend that rejects NaN and infinities in SVD input must satisfy: the exception
 * names the first such entry, in the caller's orientation even where the backend decomposes
 * A^T. {@link LinearAlgebra#svd} lets a backend return NaN instead, so this is not part of
 * {@link SvdContract}; a backend's test extends this class and supplies {@link #backend()}.
 */
public abstract class NonFiniteInputContract {

  /** The backend under test; called once per test. */
  protected abstract LinearAlgebra backend();

  @Test
  void svdOfNanInputNamesTheEntry() {
    Matrix a = TestMatrices.gaussian(6, 4, 5);
    a.set(2, 3, Double.NaN);
    LinearAlgebra backend = backend();

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> backend.svd(a, SvdParts.BOTH));

    assertTrue(e.getMessage().contains("NaN at row 2, column 3 of a 6 x 4"), e.getMessage());
  }

  @Test
  void svdOfWideInputWithInfinityNamesTheEntryInTheCallersOrientation() {
    Matrix a = TestMatrices.gaussian(4, 60, 6);
    a.set(1, 50, Double.POSITIVE_INFINITY);
    LinearAlgebra backend = backend();

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> backend.svd(a, SvdParts.VALUES_ONLY));

    assertTrue(e.getMessage().contains("row 1, column 50 of a 4 x 60"), e.getMessage());
  }
}
