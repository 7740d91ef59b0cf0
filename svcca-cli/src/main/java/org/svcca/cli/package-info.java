/**
 * The {@code svcca} command line: picocli commands wired with Guice, and the text, JSON and
 * CSV renderings of results. This is the only place that talks to people.
 */
package org.svcca.cli;
