package org.svcca.backend.ejml;

import org.ejml.EjmlVersion;
import org.svcca.spi.Availability;
import org.svcca.spi.BackendKind;
import org.svcca.spi.LinearAlgebra;
import org.svcca.spi.LinearAlgebraProvider;

/**
 * The EJML backend's entry for {@link java.util.ServiceLoader}: id {@code ejml}, pure Java,
 * priority 100, always available since it needs nothing beyond its jars.
 */
public final class EjmlProvider implements LinearAlgebraProvider {

  /** The id users select this backend by. */
  public static final String ID = "ejml";

  /** Pure-Java backends sit at 100 so that any working native backend outranks them. */
  static final int PRIORITY = 100;

  /** Called by {@link java.util.ServiceLoader}; does no work. */
  public EjmlProvider() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String library() {
    return "EJML " + runtimeVersion();
  }

  @Override
  public BackendKind kind() {
    return BackendKind.PURE_JAVA;
  }

  @Override
  public int priority() {
    return PRIORITY;
  }

  @Override
  public Availability availability() {
    return Availability.ok();
  }

  @Override
  public LinearAlgebra create() {
    return new EjmlBackend();
  }

  /**
   * The version of the EJML jar loaded at run time. {@code EjmlVersion.VERSION} is a
   * compile-time constant, so naming it directly would report the version compiled against.
   */
  private static String runtimeVersion() {
    try {
      return String.valueOf(EjmlVersion.class.getField("VERSION").get(null));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return EjmlVersion.VERSION;
    }
  }
}
