package org.svcca;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.svcca.spi.Availability;
import org.svcca.spi.LinearAlgebra;
import org.svcca.spi.LinearAlgebraProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backends found on the class path or module path, and the rule that picks one.
 *
 * <p>Selection is deterministic. An explicit id wins, looked up in this order: the argument
 * to {@link #select(String)}, the system property {@value #PROPERTY}, the environment variable
 * {@value #ENVIRONMENT}. An explicit id that is unknown or unavailable is an error naming the
 * backends that were found; it never falls back silently. Without an explicit id the available
 * backend with the highest priority is chosen, ties broken by id.
 *
 * <p>A provider that fails to load or whose availability check throws is kept in the listing
 * as unavailable, with the failure as its reason, so one broken backend cannot hide the others.
 */
public final class Backends {

  /** System property naming the backend to use. */
  public static final String PROPERTY = "svcca.backend";

  /** Environment variable naming the backend to use, read after {@link #PROPERTY}. */
  public static final String ENVIRONMENT = "SVCCA_BACKEND";

  private static final Logger LOG = LoggerFactory.getLogger(Backends.class);

  private static final Comparator<Candidate> PREFERENCE =
      Comparator.comparingInt((Candidate c) -> c.priority).reversed()
          .thenComparing(c -> c.id);

  /** Most preferred first. */
  private final List<Candidate> candidates;
  /** As found on the class path. */
  private final List<Candidate> discoveryOrder;
  private final UnaryOperator<String> properties;
  private final UnaryOperator<String> environment;

  private Backends(List<Candidate> discoveryOrder, UnaryOperator<String> properties,
      UnaryOperator<String> environment) {
    this.discoveryOrder = discoveryOrder;
    List<Candidate> sorted = new ArrayList<>(discoveryOrder);
    sorted.sort(PREFERENCE);
    this.candidates = List.copyOf(sorted);
    this.properties = properties;
    this.environment = environment;
  }

  /** Finds every provider visible to {@link ServiceLoader} from this library's class loader. */
  public static Backends discover() {
    return new Backends(load(ServiceLoader.load(LinearAlgebraProvider.class,
        Backends.class.getClassLoader()).iterator()), System::getProperty, System::getenv);
  }

  /**
   * A registry over the given providers, with system properties and environment supplied by
   * the caller: for applications that assemble backends themselves, and for tests.
   */
  public static Backends of(List<? extends LinearAlgebraProvider> providers,
      UnaryOperator<String> properties, UnaryOperator<String> environment) {
    List<Candidate> found = new ArrayList<>();
    for (LinearAlgebraProvider provider : providers) {
      found.add(Candidate.of(provider));
    }
    return new Backends(checked(found), properties, environment);
  }

  /**
   * Every backend found, most preferred first, available or not. Availability is probed in
   * the order the backends were found on the class path, which decides which of two native
   * libraries of the same name loads first.
   */
  public List<BackendInfo> list() {
    discoveryOrder.forEach(Candidate::info);
    return candidates.stream().map(Candidate::info)
        .collect(Collectors.toUnmodifiableList());
  }

  /** The explicit id from the system property or environment, if either names one. */
  public Optional<String> configuredId() {
    String fromProperty = properties.apply(PROPERTY);
    if (fromProperty != null && !fromProperty.isBlank()) {
      return Optional.of(fromProperty.trim());
    }
    String fromEnvironment = environment.apply(ENVIRONMENT);
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return Optional.of(fromEnvironment.trim());
    }
    return Optional.empty();
  }

  /**
   * The backend that {@link #select(String)} would use, without creating it.
   *
   * @param explicitId an id chosen by the caller, or null to consult property, environment and
   *     priority
   * @throws BackendSelectionException if an explicit id is unknown or unavailable, or no
   *     backend is available at all
   */
  public BackendInfo choose(String explicitId) {
    return chooseCandidate(explicitId).info();
  }

  /**
   * Creates the selected backend.
   *
   * @param explicitId an id chosen by the caller, or null to consult property, environment and
   *     priority
   * @throws BackendSelectionException if an explicit id is unknown or unavailable, or no
   *     backend is available at all
   */
  public LinearAlgebra select(String explicitId) {
    Candidate chosen = chooseCandidate(explicitId);
    LOG.debug("using backend {} ({})", chosen.id, chosen.info().library());
    return chosen.provider.create();
  }

  /** Probes only what it must: the named backend, or the preferred ones in turn. */
  private Candidate chooseCandidate(String explicitId) {
    Optional<String> wanted = explicitId != null && !explicitId.isBlank()
        ? Optional.of(explicitId.trim())
        : configuredId();
    if (wanted.isPresent()) {
      String id = wanted.get().toLowerCase(Locale.ROOT);
      Candidate match = candidates.stream().filter(c -> c.id.equals(id)).findFirst()
          .orElseThrow(() -> new BackendSelectionException(
              "unknown backend '" + wanted.get() + "'; found: " + describeFound()));
      if (!match.available()) {
        throw new BackendSelectionException("backend '" + id + "' is not available: "
            + match.info().availability().reason() + "; found: " + describeFound());
      }
      return match;
    }
    return candidates.stream().filter(Candidate::available).findFirst()
        .orElseThrow(() -> new BackendSelectionException(candidates.isEmpty()
            ? "no svcca backend on the class path; add svcca-backend-ejml (pure Java) or "
                + "another backend"
            : "no svcca backend is available; found: " + describeFound()));
  }

  private String describeFound() {
    if (candidates.isEmpty()) {
      return "none";
    }
    return candidates.stream()
        .map(c -> c.id + (c.available() ? "" : " (unavailable)"))
        .collect(Collectors.joining(", "));
  }

  private static List<Candidate> load(Iterator<LinearAlgebraProvider> providers) {
    List<Candidate> found = new ArrayList<>();
    while (true) {
      try {
        if (!providers.hasNext()) {
          break;
        }
        found.add(Candidate.of(providers.next()));
      } catch (ServiceConfigurationError | LinkageError e) {
        // A provider class that cannot even be instantiated has no id to list it under.
        LOG.warn("skipping an svcca backend that failed to load: {}", e.toString());
      }
    }
    return checked(found);
  }

  /** The candidates in discovery order, with no id claimed by two providers. */
  private static List<Candidate> checked(List<Candidate> found) {
    Map<String, Candidate> byId = new LinkedHashMap<>();
    for (Candidate candidate : found) {
      Candidate previous = byId.putIfAbsent(candidate.id, candidate);
      String implementation = candidate.provider.getClass().getName();
      if (previous != null
          && !previous.provider.getClass().getName().equals(implementation)) {
        throw new IllegalStateException("two svcca backends claim the id '" + candidate.id
            + "': " + previous.provider.getClass().getName() + " and " + implementation
            + "; remove one from the class path");
      }
    }
    return List.copyOf(byId.values());
  }

  /**
   * A provider with the facts about it read once, defensively. Its id and priority are read
   * at discovery; its availability, which may load native code, only when first needed.
   */
  private static final class Candidate {
    final LinearAlgebraProvider provider;
    final String id;
    final int priority;
    private BackendInfo info;

    private Candidate(LinearAlgebraProvider provider) {
      this.provider = provider;
      this.id = provider.id().toLowerCase(Locale.ROOT);
      this.priority = provider.priority();
    }

    static Candidate of(LinearAlgebraProvider provider) {
      return new Candidate(Objects.requireNonNull(provider, "provider"));
    }

    /** Everything about the backend, its availability probed on the first call. */
    synchronized BackendInfo info() {
      if (info == null) {
        Availability availability;
        try {
          availability = Objects.requireNonNull(provider.availability(), "availability");
        } catch (RuntimeException | LinkageError e) {
          // The contract says availability() never throws; a provider that does is
          // unavailable.
          availability = Availability.unavailable("its availability check failed: " + e);
        }
        info = new BackendInfo(id, provider.library(), provider.kind(), priority,
            availability, provider.getClass().getName());
        LOG.debug("backend {}: priority {}, {}", id, priority, availability.available()
            ? "available" : "unavailable: " + availability.reason());
      }
      return info;
    }

    boolean available() {
      return info().available();
    }
  }
}
