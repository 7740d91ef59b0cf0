package org.svcca.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.svcca.Backends;
import org.svcca.spi.LinearAlgebra;

/**
 * The backend each task computes with, selected once per executor JVM: discovery loads native
 * libraries and must not run for every partition.
 */
final class ExecutorBackends {

  /** Key of the default selection, which no backend id can equal. */
  private static final String DEFAULT = "";

  private static final Map<String, LinearAlgebra> SELECTED = new ConcurrentHashMap<>();

  private ExecutorBackends() {}

  /** The backend with this id, or the default selection when the id is null. */
  static LinearAlgebra get(String id) {
    return SELECTED.computeIfAbsent(id == null ? DEFAULT : id,
        key -> Backends.discover().select(id));
  }
}
