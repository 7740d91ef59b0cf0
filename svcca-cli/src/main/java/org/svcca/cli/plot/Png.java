package org.svcca.cli.plot;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Writes figures as PNG images. */
public final class Png {

  private Png() {}

  /**
   * Renders the figure into a PNG file, replacing the file if it exists.
   *
   * @throws IOException if the file cannot be written
   */
  public static void write(Figure figure, Path file) throws IOException {
    byte[] png = bytes(figure);
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(png);
    }
  }

  /** The figure as the bytes of a PNG image, such as for a data URI. */
  public static byte[] bytes(Figure figure) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(figure.render(), "png", out)) {
        throw new IllegalStateException("this Java runtime has no PNG writer");
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot encode a PNG in memory", e);
    }
    return out.toByteArray();
  }
}
