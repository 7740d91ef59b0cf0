package org.svcca.backend.nd4j;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.svcca.spi.Availability;
import org.svcca.spi.BackendKind;

/**
 * ND4J as started in this JVM: whether it runs, on which runtime, and if not, why.
 *
 * <p>ND4J is started at most once per JVM, on first use, and the outcome is kept: a runtime
 * that failed to load its native libraries is not retried, since ND4J's static state is then
 * unusable. Every failure, {@link Error}s included (a missing or mismatched native library
 * shows as {@link UnsatisfiedLinkError}, {@link NoClassDefFoundError} or
 * {@link ExceptionInInitializerError}), becomes an unavailable backend with a reason.
 *
 * <p>This class names no ND4J type, so it loads even when nd4j-api is missing from the class
 * path; all calls into ND4J go through {@link Nd4jStartup}.
 */
final class Nd4jRuntime {

  private static final Logger LOG = LoggerFactory.getLogger(Nd4jRuntime.class);

  /** Where Maven records nd4j-api's version inside its jar; read without starting ND4J. */
  private static final String VERSION_RESOURCE =
      "META-INF/maven/org.nd4j/nd4j-api/pom.properties";

  /** The runtime class of ND4J's CUDA build; its presence means a GPU deployment. */
  private static final String CUDA_BACKEND_CLASS = "org.nd4j.linalg.jcublas.JCublasBackend";

  /** The runtime class of ND4J's CPU build. */
  private static final String CPU_BACKEND_CLASS = "org.nd4j.linalg.cpu.nativecpu.CpuBackend";

  /** What to ship for this backend, quoted in every reason it is unavailable. */
  private static final String REMEDY = "the nd4j backend needs org.nd4j:nd4j-api with a runtime:"
      + " org.nd4j:nd4j-native and its linux-x86_64 natives for the CPU (the default build), or"
      + " org.nd4j:nd4j-cuda-11.6 with an NVIDIA driver and CUDA 11.6 (built with -Pcuda)";

  private final Availability availability;
  private final BackendKind kind;
  private final String library;

  private Nd4jRuntime(Availability availability, BackendKind kind, String library) {
    this.availability = availability;
    this.kind = kind;
    this.library = library;
  }

  /** The runtime of this JVM, started on the first call; never throws. */
  static Nd4jRuntime get() {
    return Holder.RUNTIME;
  }

  /** Whether the backend can run, with the reason when it cannot. */
  Availability availability() {
    return availability;
  }

  /** GPU when ND4J runs on CUDA, NATIVE otherwise (including when it does not run at all). */
  BackendKind kind() {
    return kind;
  }

  /** ND4J's version and the runtime it loaded, such as {@code ND4J 1.0.0-M2.1 (CPU)}. */
  String library() {
    return library;
  }

  /** Class-holder idiom: the JVM runs {@link #start()} once, on first access, thread-safely. */
  private static final class Holder {
    static final Nd4jRuntime RUNTIME = start();
  }

  private static Nd4jRuntime start() {
    String library = "ND4J " + version();
    String foreign = foreignOpenBlas();
    if (foreign != null) {
      // Loading now would end the JVM with a symbol lookup error, which nothing can catch.
      return new Nd4jRuntime(Availability.unavailable("another OpenBLAS (" + foreign
          + ") was loaded into this JVM first, by another backend or library; ND4J's bundled "
          + "OpenBLAS shares its name libopenblas.so.0 and cannot load beside it. Put "
          + "svcca-backend-nd4j before svcca-backend-netlib on the class path"),
          shippedKind(), library);
    }
    try {
      Nd4jStartup.Started started = Nd4jStartup.start();
      BackendKind kind = started.gpu() ? BackendKind.GPU : BackendKind.NATIVE;
      LOG.debug("ND4J started on its {}, doubles by default", started.backend());
      return new Nd4jRuntime(Availability.ok(), kind,
          library + " (" + (started.gpu() ? "CUDA" : "CPU") + ")");
    } catch (Throwable t) {
      // Errors included: a broken native runtime must make this backend unavailable, not
      // take discovery of the other backends down with it.
      String reason = reason(t);
      LOG.debug("ND4J is unavailable: {}", reason, t);
      return new Nd4jRuntime(Availability.unavailable(reason), shippedKind(), library);
    }
  }

  /**
   * The path of an OpenBLAS already mapped into this process from outside JavaCPP's cache,
   * or null. The dynamic linker resolves libraries by their name, so once the system's
   * libopenblas.so.0 (which lacks LAPACKE) is loaded, JavaCPP's copy binds to it and dies on
   * the first missing symbol. Linux only; elsewhere nothing is found.
   */
  static String foreignOpenBlas() {
    java.nio.file.Path maps = java.nio.file.Paths.get("/proc/self/maps");
    if (!java.nio.file.Files.isReadable(maps)) {
      return null;
    }
    try (java.util.stream.Stream<String> lines = java.nio.file.Files.lines(maps)) {
      return lines.map(line -> line.substring(line.lastIndexOf(' ') + 1))
          .filter(path -> path.contains("libopenblas") && !path.contains(".javacpp"))
          .findFirst().orElse(null);
    } catch (IOException | java.io.UncheckedIOException e) {
      return null;
    }
  }

  /** What failed, from the innermost cause, and what to ship instead. */
  static String reason(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String what;
    if (root instanceof UnsatisfiedLinkError) {
      what = "ND4J's native libraries did not load on " + platform();
    } else if (root instanceof NoClassDefFoundError || root instanceof ClassNotFoundException) {
      what = "a class ND4J needs is missing from the class path";
    } else if (root.getClass().getSimpleName().equals("NoAvailableBackendException")) {
      what = noRuntime();
    } else {
      what = "ND4J failed to start on " + platform();
    }
    String detail = root.getMessage() == null ? "" : ": " + root.getMessage();
    return what + " (" + root.getClass().getSimpleName() + detail + "); " + REMEDY;
  }

  /**
   * Why ND4J found no runtime to run on: ND4J skips a runtime whose own check fails (the CUDA
   * one without a usable GPU, for one) and reports only that none was left.
   */
  private static String noRuntime() {
    if (present(CUDA_BACKEND_CLASS)) {
      return "ND4J's CUDA runtime cannot run here: it needs an NVIDIA GPU, its driver and the"
          + " CUDA 11.6 libraries";
    }
    if (present(CPU_BACKEND_CLASS)) {
      return "ND4J's CPU runtime cannot run on " + platform();
    }
    return "no ND4J runtime is on the class path";
  }

  private static String platform() {
    return System.getProperty("os.name", "?").toLowerCase(Locale.ROOT) + "-"
        + System.getProperty("os.arch", "?");
  }

  /** The kind a deployment meant, from the runtime classes it ships, when none started. */
  static BackendKind shippedKind() {
    return present(CUDA_BACKEND_CLASS) ? BackendKind.GPU : BackendKind.NATIVE;
  }

  /** Whether a class is on the class path; it is looked up but not initialized. */
  private static boolean present(String className) {
    try {
      Class.forName(className, false, Nd4jRuntime.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** nd4j-api's version as recorded in its jar, or "(version unknown)" when not found. */
  private static String version() {
    ClassLoader loader = Nd4jRuntime.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(VERSION_RESOURCE)) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        return properties.getProperty("version", "(version unknown)");
      }
    } catch (IOException | IllegalArgumentException e) {
      LOG.debug("cannot read {}: {}", VERSION_RESOURCE, e.toString());
    }
    return "(version unknown)";
  }
}
