package org.svcca.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.svcca.InvalidInputException;

/**
 * A file pattern such as {@code run/ep{checkpoint}_l{layer}.npy}, and the files it matches:
 * a grid of layers x checkpoints, both in {@link NaturalOrder}. Placeholders may stand in
 * file and directory names; each matches one or more characters other than a separator.
 */
final class CheckpointPattern {

  static final String CHECKPOINT = "{checkpoint}";
  static final String LAYER = "{layer}";

  private static final String EXAMPLE = "run/ep{checkpoint}_l{layer}.npy";

  private final String pattern;
  /** The literal start of the pattern up to its last separator before any placeholder. */
  private final String prefix;
  private final Pattern below;
  private final int depth;

  private CheckpointPattern(String pattern, String prefix, Pattern below, int depth) {
    this.pattern = pattern;
    this.prefix = prefix;
    this.below = below;
    this.depth = depth;
  }

  /**
   * @throws InvalidInputException unless each placeholder occurs exactly once and the two are
   *     separated by other text
   */
  static CheckpointPattern parse(String pattern) {
    String normal = pattern.replace('\\', '/');
    if (count(normal, CHECKPOINT) != 1 || count(normal, LAYER) != 1) {
      throw new InvalidInputException(pattern + ": a pattern needs " + CHECKPOINT + " and "
          + LAYER + " once each, as in " + EXAMPLE);
    }
    if (normal.contains(CHECKPOINT + LAYER) || normal.contains(LAYER + CHECKPOINT)) {
      throw new InvalidInputException(pattern + ": " + CHECKPOINT + " and " + LAYER
          + " need text between them to tell where one ends, as in " + EXAMPLE);
    }
    int firstPlaceholder = Math.min(normal.indexOf(CHECKPOINT), normal.indexOf(LAYER));
    int split = normal.lastIndexOf('/', firstPlaceholder) + 1;
    String rest = normal.substring(split);
    return new CheckpointPattern(pattern, normal.substring(0, split), regex(rest),
        rest.split("/", -1).length);
  }

  /**
   * Every match, checked to form a full grid.
   *
   * @throws InvalidInputException if the directory is missing, nothing matches, or some
   *     layer lacks a file at some checkpoint
   */
  Grid find() {
    Path base = directory();
    Map<String, String> files = new HashMap<>();
    TreeSet<String> layers = new TreeSet<>(NaturalOrder.INSTANCE);
    TreeSet<String> checkpoints = new TreeSet<>(NaturalOrder.INSTANCE);
    for (String relative : listBelow(base)) {
      Matcher m = below.matcher(relative);
      if (m.matches()) {
        layers.add(m.group("layer"));
        checkpoints.add(m.group("checkpoint"));
        files.put(key(m.group("layer"), m.group("checkpoint")), prefix + relative);
      }
    }
    if (files.isEmpty()) {
      throw new InvalidInputException(pattern + ": no file matches in " + base);
    }
    Grid grid = new Grid(List.copyOf(layers), List.copyOf(checkpoints), files);
    grid.requireComplete(this);
    return grid;
  }

  /** The file the pattern names for this layer and checkpoint, found or not. */
  String fileFor(String layer, String checkpoint) {
    return pattern.replace('\\', '/').replace(LAYER, layer).replace(CHECKPOINT, checkpoint);
  }

  @Override
  public String toString() {
    return pattern;
  }

  private Path directory() {
    Path base;
    try {
      base = Path.of(prefix.isEmpty() ? "." : prefix);
    } catch (InvalidPathException e) {
      throw new InvalidInputException(pattern + ": not a valid path (" + e.getReason() + ")");
    }
    if (!Files.isDirectory(base)) {
      throw new InvalidInputException(pattern + ": no such directory " + base);
    }
    return base;
  }

  /** Paths of the regular files {@code depth} levels below base, '/'-separated. */
  private List<String> listBelow(Path base) {
    try (Stream<Path> walk = Files.walk(base, depth)) {
      List<String> out = new ArrayList<>();
      walk.filter(Files::isRegularFile)
          .map(p -> base.relativize(p).toString().replace('\\', '/'))
          .forEach(out::add);
      return out;
    } catch (IOException | UncheckedIOException e) {
      throw new InvalidInputException(pattern + ": cannot list " + base + " (" + e.getMessage()
          + ")", e);
    }
  }

  private static Pattern regex(String rest) {
    StringBuilder regex = new StringBuilder();
    int at = 0;
    while (at < rest.length()) {
      int checkpoint = rest.indexOf(CHECKPOINT, at);
      int layer = rest.indexOf(LAYER, at);
      int next = checkpoint < 0 ? layer : layer < 0 ? checkpoint : Math.min(checkpoint, layer);
      if (next < 0) {
        regex.append(Pattern.quote(rest.substring(at)));
        break;
      }
      if (next > at) {
        regex.append(Pattern.quote(rest.substring(at, next)));
      }
      boolean isCheckpoint = next == checkpoint;
      regex.append(isCheckpoint ? "(?<checkpoint>[^/]+?)" : "(?<layer>[^/]+?)");
      at = next + (isCheckpoint ? CHECKPOINT : LAYER).length();
    }
    return Pattern.compile(regex.toString());
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      count++;
    }
    return count;
  }

  private static String key(String layer, String checkpoint) {
    return layer + '\u0000' + checkpoint;
  }

  /**
   * The matched files.
   *
   * @param layers in natural order
   * @param checkpoints in natural order
   */
  record Grid(List<String> layers, List<String> checkpoints, Map<String, String> files) {

    /** The file of a layer at a checkpoint, as a spec for the readers. */
    String file(String layer, String checkpoint) {
      return files.get(key(layer, checkpoint));
    }

    /**
     * The checkpoint named by the user: the same text, or else the same number (8 for 08);
     * the last checkpoint when none is named.
     *
     * @throws InvalidInputException if no checkpoint has that name
     */
    String checkpoint(String wanted) {
      if (wanted == null) {
        return checkpoints.get(checkpoints.size() - 1);
      }
      if (checkpoints.contains(wanted)) {
        return wanted;
      }
      return checkpoints.stream().filter(c -> NaturalOrder.sameValue(c, wanted)).findFirst()
          .orElseThrow(() -> new InvalidInputException("no checkpoint " + wanted
              + " among the matches; found " + String.join(", ", checkpoints)));
    }

    private void requireComplete(CheckpointPattern pattern) {
      for (String layer : layers) {
        for (String checkpoint : checkpoints) {
          if (file(layer, checkpoint) == null) {
            throw new InvalidInputException(pattern + ": layer " + layer + " has no file at "
                + "checkpoint " + checkpoint + " (" + pattern.fileFor(layer, checkpoint)
                + "), while other layers do; every layer needs every checkpoint");
          }
        }
      }
    }
  }
}
