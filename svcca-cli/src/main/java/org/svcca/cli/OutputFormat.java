package org.svcca.cli;

/** How a command prints its result on standard output. */
enum OutputFormat {
  TEXT,
  JSON,
  CSV
}
