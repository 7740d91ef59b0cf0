package org.svcca.cli;

import picocli.CommandLine.Command;

/** The {@code svcca} command: a name for its subcommands. */
@Command(name = "svcca",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Similarity of neural-network representations: SVCCA, CCA, PWCCA, CKA.",
    subcommands = {CompareCommand.class, MatrixCommand.class, DynamicsCommand.class,
        DimsCommand.class, LabelsCommand.class, ReportCommand.class, BackendsCommand.class,
        DemoCommand.class})
final class SvccaCommand implements Runnable {

  @picocli.CommandLine.Spec
  private picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(),
        "a command is required: compare, backends or demo, or an analysis: matrix, "
            + "dynamics, dims, labels, report");
  }
}
