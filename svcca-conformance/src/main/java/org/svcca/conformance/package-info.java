/**
 * Contract tests every backend runs: abstract classes with inherited {@code @Test} methods and
 * one factory hook each ({@link org.svcca.conformance.GemmContract},
 * {@link org.svcca.conformance.QrContract}, {@link org.svcca.conformance.SvdContract},
 * {@link org.svcca.conformance.ProviderContract}), and the fixed-seed matrices and reference
 * arithmetic they share ({@link org.svcca.conformance.TestMatrices}). They check properties
 * such as reconstruction, orthonormality and ordering, never raw factors, since backends
 * choose the signs of singular vectors differently.
 *
 * <p>Backends that reject non-finite SVD input also run
 * {@link org.svcca.conformance.NonFiniteInputContract}; those on native BLAS and LAPACK run
 * {@link org.svcca.conformance.NativeBackendContract}, which adds loading and threads.
 */
package org.svcca.conformance;
