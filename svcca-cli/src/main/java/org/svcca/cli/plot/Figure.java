package org.svcca.cli.plot;

import java.awt.image.BufferedImage;

/** A picture that can render itself; the image size is the figure's own choice. */
public interface Figure {

  /** Draws the figure into a new RGB image. */
  BufferedImage render();
}
