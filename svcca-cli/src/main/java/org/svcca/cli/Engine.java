package org.svcca.cli;

import org.svcca.Comparison;

/**
 * Where {@code svcca compare} gets its numbers: this JVM (the built-in {@code local} engine)
 * or a cluster. Other engines are found with {@link java.util.ServiceLoader} from
 * {@code META-INF/services/org.svcca.cli.Engine}, so that {@code svcca.jar} carries no
 * cluster library and a jar that does (such as {@code svcca-spark.jar}) adds its engine by
 * being on the class path.
 */
public interface Engine {

  /** The name {@code --engine} selects it by, such as {@code spark}. */
  String id();

  /**
   * Computes the requested measures between two activation files.
   *
   * @throws org.svcca.InvalidInputException for bad files or options, naming them
   */
  Comparison compare(CompareRequest request);
}
