package org.svcca.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.svcca.io.IoFiles.assertInvalid;
import static org.svcca.io.IoFiles.dict;
import static org.svcca.io.IoFiles.expectedMatrix;
import static org.svcca.io.IoFiles.fixture;
import static org.svcca.io.IoFiles.npy;
import static org.svcca.io.IoFiles.npyFloat64;
import static org.svcca.io.IoFiles.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NpzArchiveTest {

  private static final double[] ACTS = {0, 0.5, 1, 1.5, 2, 2.5};

  @TempDir
  Path dir;

  @Test
  void readsMemberOfStoredArchive() {
    NdArray acts = ActivationFiles.readArray(fixture("stored.npz") + ":acts");

    assertArrayEquals(new int[] {3, 2}, acts.shape());
    assertArrayEquals(ACTS, acts.data());
  }

  @Test
  void readsMembersOfDeflatedArchive() {
    String archive = fixture("deflated.npz");

    NdArray acts = ActivationFiles.readArray(archive + ":acts");
    NdArray labels = ActivationFiles.readArray(archive + ":labels");

    assertArrayEquals(ACTS, acts.data());
    assertArrayEquals(new int[] {3}, labels.shape());
    assertArrayEquals(new double[] {7, 8, 9}, labels.data());
  }

  @Test
  void acceptsMemberNameWithNpySuffix() {
    NdArray acts = ActivationFiles.readArray(fixture("stored.npz") + ":acts.npy");

    assertArrayEquals(ACTS, acts.data());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ":"})
  void readsTheOnlyArrayWhenNoMemberIsNamed(String suffix) {
    NdArray only = ActivationFiles.readArray(fixture("single.npz") + suffix);

    assertArrayEquals(expectedMatrix("float64"), only.data());
  }

  @Test
  void matchesTheNpzExtensionInAnyCase() throws IOException {
    Path upper = Files.copy(Path.of(fixture("stored.npz")), dir.resolve("ACTS.NPZ"));

    NdArray acts = ActivationFiles.readArray(upper + ":acts");

    assertArrayEquals(ACTS, acts.data());
  }

  @Test
  void rejectsMissingMemberListingTheArraysPresent() {
    String archive = fixture("stored.npz");

    assertInvalid(archive, () -> ActivationFiles.readArray(archive + ":x"),
        "no array named 'x'; it holds: acts, labels");
  }

  @Test
  void rejectsArchiveOfSeveralArraysWhenNoMemberIsNamed() {
    String archive = fixture("deflated.npz");

    assertInvalid(archive, () -> ActivationFiles.readArray(archive),
        "holds 2 arrays (acts, labels); choose one as " + archive + ":acts");
  }

  @Test
  void rejectsArchiveWithoutArrays() {
    String archive = write(dir, "empty.npz", zip());

    assertInvalid(archive, () -> ActivationFiles.readArray(archive), "holds no arrays");
  }

  @Test
  void rejectsFileThatIsNotAZipArchive() {
    String archive = write(dir, "b.npz", "1,2,3\n");

    assertInvalid(archive, () -> ActivationFiles.readArray(archive + ":acts"),
        "not a readable zip archive");
  }

  @Test
  void rejectsTruncatedMemberNamingArchiveAndMember() {
    byte[] member = npy(dict("<f8", "(1000, 40)"), new byte[1200]);
    String archive = write(dir, "t.npz", zip("acts.npy", member, true));

    assertInvalid(archive + ":acts", () -> ActivationFiles.readArray(archive + ":acts"),
        "truncated: the header declares 1000 x 40 float64 (320000 bytes of data)"
            + " but only 1200 bytes follow");
  }

  @Test
  void rejectsAbsurdShapeInMemberBeforeAllocating() {
    byte[] member = npy(dict("<f8", "(4000000000, 4000000000)"), new byte[8]);
    String archive = write(dir, "t.npz", zip("acts.npy", member, false));

    Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertInvalid(
        archive + ":acts", () -> ActivationFiles.readArray(archive + ":acts"),
        "4000000000 x 4000000000 float64", "but only 8 bytes follow"));
  }

  @Test
  void rejectsMemberThatIsNotAnNpyImage() {
    String archive = write(dir, "t.npz", zip("notes.txt", "hello".getBytes(), true));

    assertInvalid(archive + ":notes.txt", () -> ActivationFiles.readArray(archive),
        "not a .npy file");
  }

  @Test
  void readsMemberWrittenByJavaInBothCompressionMethods() {
    byte[] member = npyFloat64("(2,)", 3, 4);
    String stored = write(dir, "s.npz", zip("x.npy", member, false));
    String deflated = write(dir, "d.npz", zip("x.npy", member, true));

    assertArrayEquals(new double[] {3, 4}, ActivationFiles.readArray(stored + ":x").data());
    assertArrayEquals(new double[] {3, 4}, ActivationFiles.readArray(deflated + ":x").data());
  }

  /** A zip of one member, stored or deflated, or an empty zip when no member is given. */
  private static byte[] zip(Object... nameBytesDeflate) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      if (nameBytesDeflate.length > 0) {
        byte[] bytes = (byte[]) nameBytesDeflate[1];
        ZipEntry entry = new ZipEntry((String) nameBytesDeflate[0]);
        if (!(Boolean) nameBytesDeflate[2]) {
          CRC32 crc = new CRC32();
          crc.update(bytes);
          entry.setMethod(ZipEntry.STORED);
          entry.setSize(bytes.length);
          entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
