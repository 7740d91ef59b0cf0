package org.svcca.cli.plot;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;

/** Charts side by side in one image, each at its preferred size, tops aligned. */
public final class Panels implements Figure {

  private final List<Chart> charts;

  public Panels(List<Chart> charts) {
    if (charts.isEmpty()) {
      throw new IllegalArgumentException("no chart to draw");
    }
    this.charts = List.copyOf(charts);
  }

  @Override
  public BufferedImage render() {
    if (charts.size() == 1) {
      return charts.get(0).render();
    }
    int width = charts.stream().mapToInt(c -> c.preferredSize().width).sum();
    int height = charts.stream().mapToInt(c -> c.preferredSize().height).max().orElse(1);
    BufferedImage image = Style.canvas(width, height);
    Graphics2D g = Style.graphics(image);
    try {
      int x = 0;
      for (Chart chart : charts) {
        int w = chart.preferredSize().width;
        chart.draw(g, new Rectangle(x, 0, w, height));
        x += w;
      }
    } finally {
      g.dispose();
    }
    return image;
  }
}
