package org.svcca.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The layering of the modules: the API knows no backend library, no wiring and no command
 * line; backends do not know each other; no package cycles; the library never prints.
 */
@AnalyzeClasses(packages = "org.svcca", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String[] API = {
      "org.svcca", "org.svcca.spi", "org.svcca.internal", "org.svcca.io", "org.svcca.stream"};

  private static final String[] OUTSIDE_THE_API = {
      "org.ejml..", "org.jblas..", "org.nd4j..", "dev.ludovic..", "org.apache.spark..",
      "com.google.inject..", "jakarta.inject..", "picocli..", "com.fasterxml..",
      "org.svcca.backend..", "org.svcca.cli..", "org.svcca.conformance.."};

  @ArchTest
  static final ArchRule apiImportsNoBackendLibraryWiringOrCommandLine = noClasses()
      .that().resideInAnyPackage(API)
      .should().dependOnClassesThat().resideInAnyPackage(OUTSIDE_THE_API);

  @ArchTest
  static final ArchRule backendsDoNotKnowEachOther = slices()
      .matching("org.svcca.backend.(*)..")
      .should().notDependOnEachOther();

  @ArchTest
  static final ArchRule backendsKnowNeitherWiringNorCommandLine = noClasses()
      .that().resideInAPackage("org.svcca.backend..")
      .should().dependOnClassesThat().resideInAnyPackage(
          "org.svcca.cli..", "com.google.inject..", "picocli..", "org.svcca.internal..");

  @ArchTest
  static final ArchRule spiDependsOnNothingButTheJdk = classes()
      .that().resideInAPackage("org.svcca.spi")
      .should().onlyDependOnClassesThat().resideInAnyPackage("org.svcca.spi", "java..");

  @ArchTest
  static final ArchRule internalsStayInsideTheApi = noClasses()
      .that().resideOutsideOfPackages(API)
      .should().dependOnClassesThat().resideInAPackage("org.svcca.internal..");

  @ArchTest
  static final ArchRule noPackageCycles = slices()
      .assignedFrom(new EachPackage())
      .should().beFreeOfCycles();

  @ArchTest
  static final ArchRule libraryNeverPrints = noClasses()
      .that().resideInAnyPackage("org.svcca", "org.svcca.spi", "org.svcca.internal",
          "org.svcca.io", "org.svcca.stream", "org.svcca.backend..")
      .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS);

  /** Every package of the project is its own slice, the root package included. */
  private static final class EachPackage implements SliceAssignment {
    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
      String name = javaClass.getPackageName();
      return name.startsWith("org.svcca") ? SliceIdentifier.of(name) : SliceIdentifier.ignore();
    }

    @Override
    public String getDescription() {
      return "each org.svcca package";
    }
  }
}
