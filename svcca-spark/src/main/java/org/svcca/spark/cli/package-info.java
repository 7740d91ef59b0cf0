/**
 * The {@code spark} engine of the {@code svcca} command line, found through its service file
 * when {@code svcca-spark.jar} runs: the only place where Spark meets the command line.
 */
package org.svcca.spark.cli;
