package org.svcca.cli.plot;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;

/**
 * A figure drawn into a rectangle, so that it can stand alone or be a panel of
 * {@link Panels}. Subclasses choose a preferred size and draw at any size near it.
 */
public abstract class Chart implements Figure {

  static {
    // Charts are drawn on servers and in terminals; no display is needed or wanted.
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  final String title;

  Chart(String title) {
    this.title = title == null ? "" : title;
  }

  /** The size this chart is drawn at when it stands alone, in pixels. */
  abstract Dimension preferredSize();

  /** Draws the whole chart, title included, inside the area. */
  abstract void draw(Graphics2D g, Rectangle area);

  @Override
  public BufferedImage render() {
    Dimension size = preferredSize();
    BufferedImage image = Style.canvas(size.width, size.height);
    Graphics2D g = Style.graphics(image);
    try {
      draw(g, new Rectangle(0, 0, size.width, size.height));
    } finally {
      g.dispose();
    }
    return image;
  }
}
