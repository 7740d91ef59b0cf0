package org.svcca.backend.nd4j;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * The backend's place in the layering: it implements the SPI with ND4J and nothing else of
 * the project's, and it never prints. The command line's architecture test cannot see this
 * module, which is not on its class path.
 */
@AnalyzeClasses(packages = "org.svcca.backend.nd4j",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule usesOnlyTheSpiNd4jAndSlf4j = classes()
      .should().onlyDependOnClassesThat().resideInAnyPackage("org.svcca.backend.nd4j",
          "org.svcca.spi", "org.nd4j..", "org.slf4j..", "java..");

  @ArchTest
  static final ArchRule neverPrints = noClasses()
      .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS);
}
