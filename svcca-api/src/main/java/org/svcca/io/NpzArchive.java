package org.svcca.io;

import static org.svcca.io.Problems.invalid;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads one array from a NumPy {@code .npz} archive: a zip file whose members are
 * {@code .npy} images named {@code <array>.npy}, stored ({@code np.savez}) or deflated
 * ({@code np.savez_compressed}).
 *
 * <p>The declared shape of the chosen member is checked against the member's uncompressed
 * size from the zip directory before anything is allocated, as for a plain {@code .npy}.
 */
final class NpzArchive {

  private static final String SUFFIX = ".npy";

  private NpzArchive() {}

  /**
   * Reads the array called {@code member} (with or without {@code .npy}), or the only array
   * when {@code member} is null.
   *
   * @param archiveName the archive as the caller named it, for messages
   */
  static NdArray read(String archiveName, Path path, String member) {
    try (ZipFile zip = new ZipFile(path.toFile())) {
      ZipEntry entry = choose(archiveName, zip, member);
      String source = archiveName + ":" + arrayName(entry);
      try (InputStream in = zip.getInputStream(entry)) {
        return NpyFormat.read(source, ByteSource.of(in, entry.getSize()));
      } catch (ZipException e) {
        throw invalid(source, "cannot unpack the member: " + e.getMessage(), e);
      } catch (IOException e) {
        throw Problems.unreadable(source, e);
      }
    } catch (ZipException e) {
      throw invalid(archiveName, "not a readable zip archive (" + e.getMessage()
          + "); an .npz file is one", e);
    } catch (IOException e) {
      throw Problems.unreadable(archiveName, e);
    }
  }

  private static ZipEntry choose(String archiveName, ZipFile zip, String member) {
    List<ZipEntry> arrays = arrays(zip);
    if (member == null) {
      if (arrays.size() == 1) {
        return arrays.get(0);
      }
      if (arrays.isEmpty()) {
        throw invalid(archiveName, "the archive holds no arrays");
      }
      throw invalid(archiveName, "holds " + arrays.size() + " arrays (" + names(arrays)
          + "); choose one as " + archiveName + ":" + arrayName(arrays.get(0)));
    }
    for (String candidate : List.of(member + SUFFIX, member)) {
      ZipEntry entry = zip.getEntry(candidate);
      if (entry != null && !entry.isDirectory()) {
        return entry;
      }
    }
    throw invalid(archiveName, "no array named '" + member + "'; it holds: " + names(arrays));
  }

  /** The members in archive order, leaving out directories. */
  private static List<ZipEntry> arrays(ZipFile zip) {
    List<ZipEntry> arrays = new ArrayList<>();
    Enumeration<? extends ZipEntry> entries = zip.entries();
    while (entries.hasMoreElements()) {
      ZipEntry entry = entries.nextElement();
      if (!entry.isDirectory()) {
        arrays.add(entry);
      }
    }
    return arrays;
  }

  private static String names(List<ZipEntry> entries) {
    if (entries.isEmpty()) {
      return "nothing";
    }
    List<String> names = new ArrayList<>();
    for (ZipEntry entry : entries) {
      names.add(arrayName(entry));
    }
    return String.join(", ", names);
  }

  /** The array name NumPy gives a member: its file name without {@code .npy}. */
  private static String arrayName(ZipEntry entry) {
    String name = entry.getName();
    return name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name;
  }
}
