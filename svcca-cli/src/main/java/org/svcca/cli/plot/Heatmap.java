package org.svcca.cli.plot;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;

/**
 * A matrix of values as coloured cells (viridis) with row and column names, the values
 * written in cells large enough to hold them, and a colour bar for the scale.
 */
public final class Heatmap extends Chart {

  private static final int MIN_CELL = 16;
  private static final int MAX_CELL = 64;
  /** Cells at least this wide carry their value in text. */
  private static final int ANNOTATED_CELL = 34;
  /** Longest row or column name drawn, in pixels; longer ones lose their middle. */
  private static final int MAX_NAME = 220;
  private static final int BAR_WIDTH = 18;

  private final List<String> rows;
  private final List<String> cols;
  private final double[][] values;
  private final String xLabel;
  private final String yLabel;
  private final String scaleLabel;
  private final double low;
  private final double high;

  /**
   * @param values rows x cols, on a colour scale from {@code low} to {@code high}
   * @param xLabel names what the columns are; yLabel the rows
   * @param scaleLabel names the values, beside the colour bar
   */
  public Heatmap(String title, List<String> rows, List<String> cols, double[][] values,
      String xLabel, String yLabel, String scaleLabel, double low, double high) {
    super(title);
    if (values.length != rows.size() || (values.length > 0 && values[0].length != cols.size())) {
      throw new IllegalArgumentException("values are not " + rows.size() + " x " + cols.size());
    }
    this.rows = List.copyOf(rows);
    this.cols = List.copyOf(cols);
    this.values = values;
    this.xLabel = xLabel;
    this.yLabel = yLabel;
    this.scaleLabel = scaleLabel;
    this.low = low;
    this.high = high;
  }

  private int cell() {
    int fit = 520 / Math.max(1, Math.max(rows.size(), cols.size()));
    return Math.max(MIN_CELL, Math.min(MAX_CELL, fit));
  }

  @Override
  Dimension preferredSize() {
    Layout layout = layout(measuring());
    int width = Math.max(layout.left + layout.gridWidth + 130,
        Style.width(measuring(), Style.TITLE, title) + 40);
    return new Dimension(width, layout.top + layout.gridHeight + layout.below + 40);
  }

  @Override
  void draw(Graphics2D g, Rectangle area) {
    Layout layout = layout(g);
    int x0 = area.x + layout.left;
    int y0 = area.y + layout.top;
    int cell = cell();
    g.setColor(Style.INK);
    Style.text(g, Style.TITLE, title, area.x + area.width / 2.0, area.y + 22,
        Style.Align.CENTRE);

    // Cells, each with its value when there is room.
    for (int i = 0; i < rows.size(); i++) {
      for (int j = 0; j < cols.size(); j++) {
        Color colour = Style.viridis((values[i][j] - low) / (high - low));
        g.setColor(colour);
        g.fillRect(x0 + j * cell, y0 + i * cell, cell, cell);
        if (cell >= ANNOTATED_CELL) {
          g.setColor(Style.textOn(colour));
          Style.text(g, Style.TICK, String.format(Locale.ROOT, "%.2f", values[i][j]),
              x0 + j * cell + cell / 2.0, y0 + i * cell + cell / 2.0, Style.Align.CENTRE);
        }
      }
    }

    // Names: rows to the left, columns below (turned when wider than a cell).
    g.setColor(Style.INK);
    for (int i = 0; i < rows.size(); i++) {
      Style.text(g, Style.TICK, Style.fit(g, Style.TICK, rows.get(i), MAX_NAME), x0 - 6,
          y0 + i * cell + cell / 2.0, Style.Align.END);
    }
    for (int j = 0; j < cols.size(); j++) {
      String name = Style.fit(g, Style.TICK, cols.get(j), MAX_NAME);
      double x = x0 + j * cell + cell / 2.0;
      double y = y0 + rows.size() * cell + 12;
      if (layout.turned) {
        Axes.turned(g, name, x, y, cell);
      } else {
        Style.text(g, Style.TICK, name, x, y, Style.Align.CENTRE);
      }
    }
    Style.text(g, Style.LABEL, xLabel, x0 + layout.gridWidth / 2.0,
        y0 + layout.gridHeight + layout.below + 4, Style.Align.CENTRE);
    Style.rotated(g, Style.LABEL, yLabel, area.x + 16, y0 + layout.gridHeight / 2.0, -90,
        Style.Align.CENTRE);
    colourBar(g, x0 + layout.gridWidth + 24, y0, Math.max(layout.gridHeight, 120));
  }

  private void colourBar(Graphics2D g, int x, int y, int height) {
    for (int k = 0; k < height; k++) {
      g.setColor(Style.viridis(1.0 - (double) k / (height - 1)));
      g.fillRect(x, y + k, BAR_WIDTH, 1);
    }
    g.setColor(Style.INK);
    g.drawRect(x, y, BAR_WIDTH, height - 1);
    double step = Style.step(low, high, 5);
    for (double tick : Style.ticks(low, high, 5)) {
      double ty = y + (high - tick) / (high - low) * (height - 1);
      g.drawLine(x + BAR_WIDTH, (int) Math.round(ty), x + BAR_WIDTH + 4, (int) Math.round(ty));
      Style.text(g, Style.TICK, Style.tickLabel(tick, step), x + BAR_WIDTH + 7, ty,
          Style.Align.START);
    }
    Style.rotated(g, Style.LABEL, scaleLabel, x + BAR_WIDTH + 62, y + height / 2.0, -90,
        Style.Align.CENTRE);
  }

  private Layout layout(Graphics2D g) {
    int cell = cell();
    int rowNames = rows.stream().mapToInt(r -> Math.min(MAX_NAME, Style.width(g, Style.TICK, r)))
        .max().orElse(0);
    int colNames = cols.stream().mapToInt(c -> Math.min(MAX_NAME, Style.width(g, Style.TICK, c)))
        .max().orElse(0);
    boolean turned = Axes.turnsLabels(colNames, cell);
    int below = (turned ? Axes.turnedHeight(colNames, cell) : 22) + 22;
    return new Layout(34 + rowNames + 10, 46, cols.size() * cell, rows.size() * cell, below,
        turned);
  }

  /** Graphics only for measuring text before the image size is known. */
  private static Graphics2D measuring() {
    return Style.graphics(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB));
  }

  private record Layout(int left, int top, int gridWidth, int gridHeight, int below,
      boolean turned) {}
}
