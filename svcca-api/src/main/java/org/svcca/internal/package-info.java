/**
 * Implementation details of the algorithms: neither user API nor SPI, not exported from the
 * module, and free to change.
 */
package org.svcca.internal;
