package org.svcca.cli;

import picocli.CommandLine;

/** The version recorded in the jar's manifest, or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    return new String[] {"svcca " + (version == null ? "development" : version)};
  }
}
