package org.svcca.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The known-answer manifest ({@code golden/manifest.json}, copied from
 * {@code shared/golden/public}): cases with their input files, expected similarities and
 * coefficients, and the tolerances the manifest states.
 */
public final class KnownAnswers {

  private static final String RESOURCE_ROOT = "/golden/";

  private final JsonNode manifest;

  private KnownAnswers(JsonNode manifest) {
    this.manifest = manifest;
  }

  /** Reads the manifest bundled with this suite. */
  public static KnownAnswers load() {
    try (InputStream in = KnownAnswers.class.getResourceAsStream(RESOURCE_ROOT + "manifest.json")) {
      if (in == null) {
        throw new IllegalStateException("golden/manifest.json is missing from the suite");
      }
      return new KnownAnswers(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Tolerance on similarity values stated by the manifest. */
  public double similarityTolerance() {
    return manifest.path("tolerance").path("similarity").asDouble();
  }

  /** Tolerance on individual canonical correlations stated by the manifest. */
  public double coefficientTolerance() {
    return manifest.path("tolerance").path("coefficients").asDouble();
  }

  /** A file bundled under {@code golden/}, copied into {@code scratch} to be read as a file. */
  public static Path bundledFile(String relative, Path scratch) {
    return Case.copyResource(relative, scratch);
  }

  /** Every case, in manifest order. */
  public List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    for (JsonNode node : manifest.path("cases")) {
      cases.add(new Case(node));
    }
    return cases;
  }

  /** The case with this name. */
  public Case named(String name) {
    return cases().stream().filter(c -> c.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no known-answer case " + name));
  }

  /** One case of the manifest. */
  public static final class Case {
    private final JsonNode node;

    Case(JsonNode node) {
      this.node = node;
    }

    public String name() {
      return node.path("name").asText();
    }

    /** Whether the inputs ship with this suite (otherwise they live in {@code shared/}). */
    public boolean bundled() {
      return KnownAnswers.class.getResource(RESOURCE_ROOT + node.path("a").asText()) != null;
    }

    /**
     * The datapoints x neurons shape the expected values were computed on, for cases whose
     * files may be stored the other way round (google/svcca keeps neurons as rows).
     */
    public Optional<int[]> shapeUsed() {
      JsonNode shape = node.has("shape_used") ? node.path("shape_used") : node.path("shape_a");
      if (!shape.isArray() || shape.size() != 2) {
        return Optional.empty();
      }
      return Optional.of(new int[] {shape.get(0).asInt(), shape.get(1).asInt()});
    }

    /** Path of input "a" or "b": a temporary copy of a bundled file, or one in shared/. */
    public Optional<Path> input(String side, Path scratch) {
      String relative = node.path(side).asText();
      if (bundled()) {
        return Optional.of(copyResource(relative, scratch));
      }
      return SharedData.resolve("golden/public/" + relative).map(Path::normalize);
    }

    /** Expected values keyed as in the manifest ("cca", "svcca keep 0.99 by variance", ...). */
    public Map<String, JsonNode> expected() {
      Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
      Iterator<Map.Entry<String, JsonNode>> fields = node.path("expected").fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        out.put(field.getKey(), field.getValue());
      }
      return out;
    }

    /** The original google/svcca results recorded for this case, if any. */
    public JsonNode reference() {
      return node.path("reference_google_svcca");
    }

    @Override
    public String toString() {
      return name();
    }

    static Path copyResource(String relative, Path scratch) {
      Path target = scratch.resolve(relative);
      try (InputStream in = KnownAnswers.class.getResourceAsStream(RESOURCE_ROOT + relative)) {
        Files.createDirectories(target.getParent());
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        return target;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
