package org.svcca.cli.plot;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Line2D;

/**
 * The plotting rectangle of a chart with its data ranges: maps data to pixels and draws the
 * grid, ticks, tick labels and axis titles.
 */
final class Axes {

  /** Pixels between a tick label and its axis. */
  static final int TICK_GAP = 6;

  /** Slanted labels closer than this, in pixels, would touch; they stand upright instead. */
  private static final int UPRIGHT_BELOW = 24;

  final Rectangle plot;
  private final double x0;
  private final double x1;
  private final double y0;
  private final double y1;

  Axes(Rectangle plot, double x0, double x1, double y0, double y1) {
    this.plot = plot;
    this.x0 = x0;
    this.x1 = x1 == x0 ? x0 + 1 : x1;
    this.y0 = y0;
    this.y1 = y1 == y0 ? y0 + 1 : y1;
  }

  double px(double x) {
    return plot.x + (x - x0) / (x1 - x0) * plot.width;
  }

  double py(double y) {
    return plot.y + plot.height - (y - y0) / (y1 - y0) * plot.height;
  }

  /** Horizontal grid lines and labelled ticks on the left axis. */
  void yTicks(Graphics2D g, int target) {
    double step = Style.step(y0, y1, target);
    for (double tick : Style.ticks(y0, y1, target)) {
      double y = py(tick);
      g.setColor(Style.GRID);
      g.setStroke(Style.THIN);
      g.draw(new Line2D.Double(plot.x, y, plot.x + plot.width, y));
      g.setColor(Style.INK);
      Style.text(g, Style.TICK, Style.tickLabel(tick, step), plot.x - TICK_GAP, y,
          Style.Align.END);
    }
  }

  /** Labelled numeric ticks on the bottom axis, with vertical grid lines. */
  void xTicks(Graphics2D g, int target) {
    double step = Style.step(x0, x1, target);
    for (double tick : Style.ticks(x0, x1, target)) {
      double x = px(tick);
      g.setColor(Style.GRID);
      g.setStroke(Style.THIN);
      g.draw(new Line2D.Double(x, plot.y, x, plot.y + plot.height));
      g.setColor(Style.INK);
      Style.text(g, Style.TICK, Style.tickLabel(tick, step), x, plot.y + plot.height
          + TICK_GAP + 7, Style.Align.CENTRE);
    }
  }

  /**
   * Ticks at 1, 2 and 5 times powers of ten on a bottom axis whose data coordinates are
   * base-10 logarithms, labelled with the values themselves.
   */
  void xLogTicks(Graphics2D g) {
    for (double decade = Math.floor(x0); decade <= x1; decade++) {
      for (int mantissa : new int[] {1, 2, 5}) {
        double at = decade + Math.log10(mantissa);
        if (at < x0 - 1e-9 || at > x1 + 1e-9) {
          continue;
        }
        double x = px(at);
        g.setColor(Style.GRID);
        g.setStroke(Style.THIN);
        g.draw(new Line2D.Double(x, plot.y, x, plot.y + plot.height));
        g.setColor(Style.INK);
        double value = mantissa * Math.pow(10, decade);
        Style.text(g, Style.TICK, Style.tickLabel(value, Math.min(1.0, value)), x,
            plot.y + plot.height + TICK_GAP + 7, Style.Align.CENTRE);
      }
    }
  }

  /**
   * Names at positions 0, 1, ... on the bottom axis, turned by 45 degrees when they do not
   * fit side by side, and thinned out when even that would crowd them.
   *
   * @return the height the labels take below the axis
   */
  int categoryTicks(Graphics2D g, java.util.List<String> names) {
    double spacing = names.size() > 1 ? px(1) - px(0) : plot.width;
    int widest = names.stream().mapToInt(n -> Style.width(g, Style.TICK, n)).max().orElse(0);
    boolean turn = turnsLabels(widest, spacing);
    int every = every(spacing);
    g.setColor(Style.INK);
    for (int i = 0; i < names.size(); i += every) {
      double x = px(i);
      g.draw(new Line2D.Double(x, plot.y + plot.height, x, plot.y + plot.height + 4));
      double y = plot.y + plot.height + TICK_GAP + 7;
      if (turn) {
        turned(g, names.get(i), x, y, spacing * every);
      } else {
        Style.text(g, Style.TICK, names.get(i), x, y, Style.Align.CENTRE);
      }
    }
    return turn ? turnedHeight(widest, spacing * every) : 22;
  }

  /**
   * Draws a name hanging below (x, y), ending there: turned by 45 degrees, or upright
   * (90 degrees) when names are too close for slanted ones not to touch.
   */
  static void turned(Graphics2D g, String name, double x, double y, double spacing) {
    if (spacing < UPRIGHT_BELOW) {
      Style.rotated(g, Style.TICK, name, x, y - 4, -90, Style.Align.END);
    } else {
      Style.rotated(g, Style.TICK, name, x + 4, y, -45, Style.Align.END);
    }
  }

  /** Every how many categories a name is drawn, so that names are at least 16 pixels apart. */
  static int every(double spacing) {
    return Math.max(1, (int) Math.ceil(16 / Math.max(spacing, 1e-9)));
  }

  /** Whether labels this wide, this far apart, are turned to fit. */
  static boolean turnsLabels(int widest, double spacing) {
    return widest > spacing - 4;
  }

  /** The height below the axis of turned labels this wide and this far apart. */
  static int turnedHeight(int widest, double spacing) {
    return spacing < UPRIGHT_BELOW ? widest + 8 : (int) (widest * Math.sqrt(0.5)) + 16;
  }

  /** The left and bottom axis lines. */
  void frame(Graphics2D g) {
    g.setColor(Style.INK);
    g.setStroke(Style.THIN);
    int bottom = plot.y + plot.height;
    g.drawLine(plot.x, plot.y, plot.x, bottom);
    g.drawLine(plot.x, bottom, plot.x + plot.width, bottom);
  }

  /** Axis titles: x centred below at {@code below} pixels, y turned on the far left. */
  void titles(Graphics2D g, String xLabel, String yLabel, int below, int left) {
    g.setColor(Style.INK);
    if (!xLabel.isEmpty()) {
      Style.text(g, Style.LABEL, xLabel, plot.x + plot.width / 2.0,
          plot.y + plot.height + below, Style.Align.CENTRE);
    }
    if (!yLabel.isEmpty()) {
      Style.rotated(g, Style.LABEL, yLabel, left, plot.y + plot.height / 2.0, -90,
          Style.Align.CENTRE);
    }
  }
}
