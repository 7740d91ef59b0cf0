package org.svcca.spi;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * A {@link LinearAlgebraProvider} whose availability comes from a probe, typically one that
 * loads native code once and keeps its answer. Id, kind, priority and probe are fixed at
 * construction, which does no work; {@link #create()} refuses while the probe says the backend
 * is unavailable, and otherwise asks the subclass for a new backend.
 */
public abstract class ProbedProvider implements LinearAlgebraProvider {

  private final String id;
  private final BackendKind kind;
  private final int priority;
  private final Supplier<Availability> probe;

  /**
   * A provider with the given identity whose availability is {@code probe}'s answer; tests
   * pass a probe that fails.
   */
  protected ProbedProvider(String id, BackendKind kind, int priority,
      Supplier<Availability> probe) {
    this.id = Objects.requireNonNull(id, "id");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.priority = priority;
    this.probe = Objects.requireNonNull(probe, "probe");
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final BackendKind kind() {
    return kind;
  }

  @Override
  public final int priority() {
    return priority;
  }

  /** The probe's answer: it may load native code on the first call and cache the result. */
  @Override
  public final Availability availability() {
    return probe.get();
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalStateException naming the probe's reason if the backend is not available
   */
  @Override
  public final LinearAlgebra create() {
    Availability availability = availability();
    if (!availability.available()) {
      throw new IllegalStateException("the " + id + " backend is not available: "
          + availability.reason());
    }
    return newBackend();
  }

  /** A ready backend; called by {@link #create()} only once the probe said it is available. */
  protected abstract LinearAlgebra newBackend();

  /**
   * The version in the Maven metadata {@code pomProperties} (such as
   * {@code META-INF/maven/org.jblas/jblas/pom.properties}) on {@code anchor}'s class loader, or
   * "" when it is absent or unreadable: for {@link #library()}, which must not fail.
   */
  protected static String mavenVersion(Class<?> anchor, String pomProperties) {
    try (InputStream in = anchor.getClassLoader().getResourceAsStream(pomProperties)) {
      if (in == null) {
        return "";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "");
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }
}
