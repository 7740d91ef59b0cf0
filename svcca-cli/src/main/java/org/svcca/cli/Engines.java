package org.svcca.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import org.svcca.InvalidInputException;

/** Finds the engine {@code --engine} names: the built-in local one or a service on the path. */
final class Engines {

  private Engines() {}

  /**
   * The engine with this id.
   *
   * @throws InvalidInputException naming the jar to use if no such engine is on the class
   *     path, or if two engines claim the id
   */
  static Engine find(String id) {
    String wanted = id.trim().toLowerCase(Locale.ROOT);
    if (wanted.equals(LocalEngine.ID)) {
      return new LocalEngine();
    }
    List<Engine> found = new ArrayList<>();
    for (Engine engine : ServiceLoader.load(Engine.class)) {
      if (engine.id().equals(wanted)) {
        found.add(engine);
      }
    }
    if (found.size() > 1) {
      throw new InvalidInputException("two engines claim the id '" + wanted + "' on the class "
          + "path: " + found.get(0).getClass().getName() + " and "
          + found.get(1).getClass().getName());
    }
    if (found.isEmpty()) {
      throw new InvalidInputException(missing(wanted));
    }
    return found.get(0);
  }

  private static String missing(String id) {
    if (id.equals("spark")) {
      return "--engine spark is not in svcca.jar; run the same command with svcca-spark.jar "
          + "(java -jar svcca-spark/target/svcca-spark.jar compare ... --engine spark), "
          + "which has Spark inside";
    }
    return "unknown engine '" + id + "'; known: local, and spark with svcca-spark.jar";
  }
}
