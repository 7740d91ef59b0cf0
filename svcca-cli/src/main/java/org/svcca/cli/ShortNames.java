package org.svcca.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Names of files short enough for table headings and plots: the directories every file
 * shares are dropped, and so is a known extension, keeping the names distinct.
 * {@code /runs/seed1/layer3.npy} and {@code /runs/seed2/layer3.npy} become
 * {@code seed1/layer3} and {@code seed2/layer3}.
 */
final class ShortNames {

  private static final String[] EXTENSIONS = {".npy", ".csv", ".tsv", ".tab", ".txt"};

  private ShortNames() {}

  static List<String> of(List<String> specs) {
    List<String> shortened = shorten(specs, true);
    boolean distinct = new java.util.HashSet<>(shortened).size()
        == new java.util.HashSet<>(specs).size();
    return distinct ? shortened : shorten(specs, false);
  }

  private static List<String> shorten(List<String> specs, boolean dropExtension) {
    List<String[]> parts = new ArrayList<>();
    for (String spec : specs) {
      String name = dropExtension ? withoutExtension(spec) : spec;
      parts.add(name.replace('\\', '/').split("/", -1));
    }
    int shared = sharedDirectories(parts);
    List<String> names = new ArrayList<>();
    for (String[] p : parts) {
      names.add(String.join("/", java.util.Arrays.copyOfRange(p, shared, p.length)));
    }
    return names;
  }

  /** Leading path components that every name has, never the file name itself. */
  private static int sharedDirectories(List<String[]> parts) {
    int shared = parts.stream().mapToInt(p -> p.length - 1).min().orElse(0);
    for (int k = 0; k < shared; k++) {
      String first = parts.get(0)[k];
      for (String[] p : parts) {
        if (!p[k].equals(first)) {
          return k;
        }
      }
    }
    return shared;
  }

  private static String withoutExtension(String spec) {
    String lower = spec.toLowerCase(Locale.ROOT);
    int member = lower.lastIndexOf(".npz:");
    if (member >= 0) {
      return spec.substring(0, member) + ":" + spec.substring(member + 5);
    }
    for (String extension : EXTENSIONS) {
      if (lower.endsWith(extension)) {
        return spec.substring(0, spec.length() - extension.length());
      }
    }
    return spec;
  }
}
