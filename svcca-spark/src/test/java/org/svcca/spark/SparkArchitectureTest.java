package org.svcca.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * The Spark API knows nothing of the command line, and only the engine meets it; the API
 * modules still know nothing of Spark, now that Spark is on the class path to check it.
 */
@AnalyzeClasses(packages = "org.svcca", importOptions = ImportOption.DoNotIncludeTests.class)
class SparkArchitectureTest {

  @ArchTest
  static final ArchRule sparkApiKnowsNoCommandLine = noClasses()
      .that().resideInAPackage("org.svcca.spark")
      .should().dependOnClassesThat().resideInAnyPackage("org.svcca.cli..", "picocli..",
          "com.google.inject..", "org.svcca.spark.cli..");

  @ArchTest
  static final ArchRule apiAndCommandLineKnowNoSpark = noClasses()
      .that().resideInAnyPackage("org.svcca", "org.svcca.spi", "org.svcca.io",
          "org.svcca.stream", "org.svcca.internal", "org.svcca.cli..", "org.svcca.backend..")
      .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "scala..",
          "org.svcca.spark..");

  @ArchTest
  static final ArchRule sparkModuleNeverPrints = noClasses()
      .that().resideInAPackage("org.svcca.spark")
      .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS);
}
