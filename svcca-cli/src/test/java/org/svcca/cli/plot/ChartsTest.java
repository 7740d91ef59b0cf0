package org.svcca.cli.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ChartsTest {

  /** Tick positions are sums of decimal steps; they may differ from round values by ulps. */
  private static final double TICK_ROUNDING = 1e-12;

  @Test
  void heatmapPaintsEachCellInTheColourOfItsValue() {
    Heatmap heatmap = new Heatmap("two cells", List.of("row"), List.of("low", "high"),
        new double[][] {{0.0, 1.0}}, "x", "y", "value", 0.0, 1.0);

    BufferedImage image = heatmap.render();

    // A 64-pixel cell is 4096 pixels, less its number; the colour bar has few of each end.
    assertTrue(count(image, Style.viridis(0.0)) > 3000, "dark cell");
    assertTrue(count(image, Style.viridis(1.0)) > 3000, "bright cell");
    assertEquals(heatmap.preferredSize().width, image.getWidth());
    assertTrue(GraphicsEnvironment.isHeadless(), "charts render without a display");
  }

  @Test
  void lineChartDrawsEachSeriesInItsOwnColourAtTheChosenSize() {
    LineChart chart = LineChart.builder("two lines").axes("checkpoint", "similarity")
        .categories(List.of("0", "1", "2")).line("first", new double[] {0.1, 0.5, 0.9})
        .line("second", new double[] {0.9, 0.5, 0.1}).guide(0.95, "0.95").size(600, 400)
        .build();

    BufferedImage image = chart.render();

    assertEquals(600, image.getWidth());
    assertEquals(400, image.getHeight());
    assertTrue(count(image, Style.series(0)) > 100, "first line");
    assertTrue(count(image, Style.series(1)) > 100, "second line");
    assertEquals(0, count(image, Style.series(2)), "no third line");
  }

  @Test
  void barChartSkipsMissingValues() {
    BarChart chart = new BarChart("bars", List.of("a", "b"), new Double[] {0.8, null},
        "class", "correlation", 0.4, "mean");

    BufferedImage image = chart.render();

    int bar = count(image, Style.series(0));
    assertTrue(bar > 1000, "one bar of " + bar + " pixels");
  }

  @Test
  void panelsSitSideBySide() throws IOException {
    LineChart left = LineChart.builder("left").line("a", new double[] {0, 1}, new double[] {0,
        1}, false).size(300, 200).build();
    LineChart right = LineChart.builder("right").line("b", new double[] {0, 1},
        new double[] {1, 0}, true).size(400, 250).build();

    byte[] png = Png.bytes(new Panels(List.of(left, right)));

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertNotNull(image);
    assertEquals(700, image.getWidth());
    assertEquals(250, image.getHeight());
  }

  @Test
  void ticksAreRoundNumbersCoveringTheRange() {
    double[] ticks = Style.ticks(0.0, 1.0, 5);

    assertArrayEquals(new double[] {0.0, 0.2, 0.4, 0.6, 0.8, 1.0}, ticks, TICK_ROUNDING);
    assertEquals("0.6", Style.tickLabel(ticks[3], 0.2));
    assertArrayEquals(new double[] {20, 40, 60, 80, 100, 120}, Style.ticks(1, 128, 6),
        TICK_ROUNDING);
  }

  @Test
  void longNamesLoseTheirMiddle() {
    BufferedImage scratch = Style.canvas(10, 10);
    String name = "a_very_long_prefix_shared_by_many_layers_l1";

    String fitted = Style.fit(Style.graphics(scratch), Style.TICK, name, 80);

    assertTrue(fitted.startsWith("a_") && fitted.endsWith("_l1") && fitted.contains("\u2026"),
        fitted);
  }

  private static int count(BufferedImage image, Color colour) {
    int wanted = colour.getRGB();
    int count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        count += image.getRGB(x, y) == wanted ? 1 : 0;
      }
    }
    return count;
  }
}
