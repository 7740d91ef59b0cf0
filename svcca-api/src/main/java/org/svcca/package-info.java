/**
 * What users call: similarity measures between two representations ({@link
 * org.svcca.Similarity}), their options and results, backend selection ({@link
 * org.svcca.Backends}) and the exception types that tell bad input from numerical failure.
 */
package org.svcca;
