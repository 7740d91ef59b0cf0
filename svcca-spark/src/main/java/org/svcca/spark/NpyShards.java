package org.svcca.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.svcca.InvalidInputException;
import org.svcca.io.NpyRowReader;

/**
 * Row-aligned {@code .npy} shards cut into Spark tasks.
 *
 * <p>Each representation is a file, a directory (its {@code *.npy} files) or a glob in the
 * last path element ({@code acts/layer3-*.npy}); shards are taken in natural name order
 * ({@code part-2} before {@code part-10}) and concatenated. The representations must have the
 * same datapoints in total, not the same shard boundaries: tasks are cut at every boundary of
 * every representation, and evenly in between, so that each task reads
 * one contiguous range of one shard per representation.
 *
 * <p>Tasks open the shards by path, so the paths must name the same files on every executor:
 * local mode, or a file system mounted alike on each machine.
 */
final class NpyShards {

  private static final Pattern NUMBER = Pattern.compile("\\d+");

  private NpyShards() {}

  /** One task: a range of datapoints, as a range of one shard per representation. */
  record Split(String[] files, long[] starts, int rows) implements Serializable {}

  /** The shards a spec names, in natural order; at least one. */
  static List<String> files(String spec) {
    Path path = Path.of(spec);
    List<Path> found = new ArrayList<>();
    try {
      if (Files.isDirectory(path)) {
        collect(path, "*.npy", found);
      } else if (isGlob(path.getFileName().toString())) {
        Path dir = path.getParent() == null ? Path.of(".") : path.getParent();
        collect(dir, path.getFileName().toString(), found);
      } else {
        found.add(path);
      }
    } catch (IOException e) {
      throw new InvalidInputException(spec + ": cannot list the shards (" + e.getMessage()
          + ")", e);
    }
    if (found.isEmpty()) {
      throw new InvalidInputException(spec + ": no .npy shard matches");
    }
    found.sort(Comparator.comparing(p -> p.getFileName().toString(), NpyShards::natural));
    return found.stream().map(Path::toString).toList();
  }

  /**
   * Cuts the representations' shards into about {@code tasks} tasks (more where shard
   * boundaries fall between), fills in each representation's neurons in {@code widths}.
   *
   * @throws InvalidInputException if shards of one representation differ in neurons, or the
   *     representations differ in datapoints
   */
  static List<Split> plan(List<List<String>> shards, boolean neuronsFirst, int tasks,
      int[] widths) {
    int sides = shards.size();
    long[][] ends = new long[sides][];
    TreeSet<Long> cuts = new TreeSet<>();
    for (int s = 0; s < sides; s++) {
      ends[s] = shardEnds(shards.get(s), neuronsFirst, widths, s);
      for (long end : ends[s]) {
        cuts.add(end);
      }
    }
    requireSameTotal(shards, ends);
    long total = cuts.last();
    int maxRows = (int) Math.min(Integer.MAX_VALUE, Math.max(1, (total + tasks - 1) / tasks));

    List<Split> splits = new ArrayList<>();
    long start = 0;
    for (long cut : cuts) {
      for (long from = start; from < cut; from += maxRows) {
        splits.add(split(shards, ends, from, (int) Math.min(maxRows, cut - from)));
      }
      start = cut;
    }
    return splits;
  }

  /** Cumulative datapoint counts of one representation's shards; checks their widths. */
  private static long[] shardEnds(List<String> files, boolean neuronsFirst, int[] widths,
      int side) {
    long[] ends = new long[files.size()];
    long total = 0;
    for (int f = 0; f < files.size(); f++) {
      try (NpyRowReader reader = NpyRowReader.open(files.get(f), neuronsFirst)) {
        if (f == 0) {
          widths[side] = reader.neurons();
        } else if (reader.neurons() != widths[side]) {
          throw new InvalidInputException(files.get(f) + " has " + reader.neurons()
              + " neurons, " + files.get(0) + " has " + widths[side]
              + "; shards of one representation must have the same neurons");
        }
        total += reader.datapoints();
        ends[f] = total;
      }
    }
    return ends;
  }

  private static void requireSameTotal(List<List<String>> shards, long[][] ends) {
    long first = ends[0][ends[0].length - 1];
    for (int s = 1; s < ends.length; s++) {
      long total = ends[s][ends[s].length - 1];
      if (total != first) {
        throw new InvalidInputException(describe(shards.get(0)) + " has " + first
            + " datapoints, " + describe(shards.get(s)) + " has " + total
            + "; rows must be the same inputs in the same order");
      }
    }
  }

  private static String describe(List<String> files) {
    return files.size() == 1 ? files.get(0)
        : files.get(0) + " and " + (files.size() - 1) + " more shard(s)";
  }

  private static Split split(List<List<String>> shards, long[][] ends, long from, int rows) {
    String[] files = new String[shards.size()];
    long[] starts = new long[shards.size()];
    for (int s = 0; s < files.length; s++) {
      int shard = 0;
      while (ends[s][shard] <= from) {
        shard++;
      }
      files[s] = shards.get(s).get(shard);
      starts[s] = from - (shard == 0 ? 0 : ends[s][shard - 1]);
    }
    return new Split(files, starts, rows);
  }

  private static void collect(Path dir, String glob, List<Path> found) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, glob)) {
      for (Path entry : entries) {
        if (Files.isRegularFile(entry)) {
          found.add(entry);
        }
      }
    }
  }

  private static boolean isGlob(String name) {
    return name.indexOf('*') >= 0 || name.indexOf('?') >= 0 || name.indexOf('[') >= 0
        || name.indexOf('{') >= 0;
  }

  /** Compares names with their runs of digits taken as numbers: part-2 before part-10. */
  static int natural(String x, String y) {
    Matcher mx = NUMBER.matcher(x);
    Matcher my = NUMBER.matcher(y);
    int px = 0;
    int py = 0;
    while (mx.find(px) && my.find(py) && mx.start() - px == my.start() - py
        && x.substring(px, mx.start()).equals(y.substring(py, my.start()))) {
      int byValue = new java.math.BigInteger(mx.group()).compareTo(
          new java.math.BigInteger(my.group()));
      if (byValue != 0) {
        return byValue;
      }
      px = mx.end();
      py = my.end();
    }
    return x.substring(px).compareTo(y.substring(py));
  }
}
