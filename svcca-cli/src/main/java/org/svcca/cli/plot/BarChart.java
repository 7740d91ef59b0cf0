package org.svcca.cli.plot;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;

/**
 * One bar per category, with the values written above bars wide enough to hold them and a
 * dashed horizontal guide (such as the mean) across the bars.
 */
public final class BarChart extends Chart {

  /** Bars at least this far apart carry their value in text. */
  private static final int ANNOTATED_SPACING = 30;

  private final List<String> categories;
  private final Double[] values;
  private final String xLabel;
  private final String yLabel;
  private final double guide;
  private final String guideLabel;

  /**
   * @param values one per category, in [0, 1]; null draws no bar
   * @param guide where the dashed guide goes, NaN for none
   */
  public BarChart(String title, List<String> categories, Double[] values, String xLabel,
      String yLabel, double guide, String guideLabel) {
    super(title);
    if (values.length != categories.size()) {
      throw new IllegalArgumentException(categories.size() + " categories, " + values.length
          + " values");
    }
    this.categories = List.copyOf(categories);
    this.values = values.clone();
    this.xLabel = xLabel;
    this.yLabel = yLabel;
    this.guide = guide;
    this.guideLabel = guideLabel;
  }

  @Override
  Dimension preferredSize() {
    return new Dimension(Math.max(560, Math.min(1100, 140 + 46 * categories.size())), 440);
  }

  @Override
  void draw(Graphics2D g, Rectangle area) {
    int plotWidth = area.width - 78 - 30;
    double spacing = (double) plotWidth / Math.max(1, categories.size());
    int widest = categories.stream().mapToInt(c -> Style.width(g, Style.TICK, c)).max()
        .orElse(0);
    int labels = Axes.turnsLabels(widest, spacing)
        ? Axes.turnedHeight(widest, spacing * Axes.every(spacing)) : 22;
    Rectangle plot = new Rectangle(area.x + 78, area.y + 62, plotWidth,
        area.height - 62 - 36 - labels);
    Axes axes = new Axes(plot, -0.5, categories.size() - 0.5, 0.0, 1.0);
    g.setColor(Style.INK);
    Style.text(g, Style.TITLE, Style.fit(g, Style.TITLE, title, area.width - 20),
        area.x + area.width / 2.0, area.y + 22, Style.Align.CENTRE);
    axes.yTicks(g, 5);

    // Bars, then the guide over them so that it stays visible.
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        continue;
      }
      double left = axes.px(i - 0.35);
      double top = axes.py(values[i]);
      g.setColor(Style.series(0));
      g.fill(new Rectangle2D.Double(left, top, axes.px(i + 0.35) - left, axes.py(0) - top));
      if (spacing >= ANNOTATED_SPACING) {
        g.setColor(Style.INK);
        Style.text(g, Style.TICK, String.format(Locale.ROOT, "%.2f", values[i]), axes.px(i),
            top - 9, Style.Align.CENTRE);
      }
    }
    if (!Double.isNaN(guide)) {
      // The guide's key sits above the plot, where no bar can hide it.
      g.setColor(Style.series(3));
      g.setStroke(Style.DASHED);
      g.draw(new Line2D.Double(plot.x, axes.py(guide), plot.x + plot.width, axes.py(guide)));
      int keyEnd = plot.x + plot.width;
      int keyStart = keyEnd - Style.width(g, Style.TICK, guideLabel) - 30;
      g.draw(new Line2D.Double(keyStart, plot.y - 14, keyStart + 22, plot.y - 14));
      g.setStroke(Style.THIN);
      g.setColor(Style.INK);
      Style.text(g, Style.TICK, guideLabel, keyEnd, plot.y - 14, Style.Align.END);
    }
    int below = axes.categoryTicks(g, categories);
    axes.frame(g);
    axes.titles(g, xLabel, yLabel, below + 16, area.x + 18);
  }
}
