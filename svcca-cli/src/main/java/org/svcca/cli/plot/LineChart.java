package org.svcca.cli.plot;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Lines over a numeric or a categorical x axis, with a legend on the right, dashed
 * horizontal guides (thresholds) and vertical markers. Built with {@link #builder(String)}.
 */
public final class LineChart extends Chart {

  /** Points are marked with dots up to this many per line; beyond, dots would blur. */
  private static final int MAX_DOTS = 40;

  private final String xLabel;
  private final String yLabel;
  private final List<String> categories;
  private final double yLow;
  private final double yHigh;
  private final List<Series> series;
  private final List<Guide> guides;
  private final List<Guide> markers;
  private final Dimension size;
  private final boolean logX;

  private LineChart(Builder b) {
    super(b.title);
    this.xLabel = b.xLabel;
    this.yLabel = b.yLabel;
    this.categories = b.categories;
    this.yLow = b.yLow;
    this.yHigh = b.yHigh;
    this.series = List.copyOf(b.series);
    this.guides = List.copyOf(b.guides);
    this.markers = List.copyOf(b.markers);
    this.size = b.size;
    this.logX = b.logX;
  }

  public static Builder builder(String title) {
    return new Builder(title);
  }

  @Override
  Dimension preferredSize() {
    return size;
  }

  @Override
  void draw(Graphics2D g, Rectangle area) {
    // Layout: title on top, legend on the right, tick labels and axis titles around the plot.
    int legend = legendWidth(g);
    int plotWidth = area.width - 78 - 24 - legend;
    int bottom = categories == null ? 58 : 36 + categoryLabelHeight(g, plotWidth);
    Rectangle plot = new Rectangle(area.x + 78, area.y + 46,
        plotWidth, area.height - 46 - bottom);
    Axes axes = new Axes(plot, xLow(), xHigh(), yLow, yHigh);
    g.setColor(Style.INK);
    Style.text(g, Style.TITLE, Style.fit(g, Style.TITLE, title, area.width - 20),
        area.x + area.width / 2.0, area.y + 22, Style.Align.CENTRE);

    // Grid and ticks under the data, frame and guides over the grid.
    axes.yTicks(g, 6);
    int below = categories == null ? 24 : axes.categoryTicks(g, categories);
    if (logX) {
      axes.xLogTicks(g);
    } else if (categories == null) {
      axes.xTicks(g, 8);
    }
    axes.frame(g);
    guides.forEach(guide -> drawGuide(g, axes, guide));
    markers.forEach(marker -> drawMarker(g, axes, marker));
    java.awt.Shape clip = g.getClip();
    g.clip(new Rectangle(plot.x - 4, plot.y - 4, plot.width + 8, plot.height + 8));
    for (int i = 0; i < series.size(); i++) {
      drawSeries(g, axes, series.get(i), Style.series(i));
    }
    g.setClip(clip);
    axes.titles(g, xLabel, yLabel, below + 16, area.x + 18);
    drawLegend(g, plot.x + plot.width + 18, plot.y + 6);
  }

  private double xLow() {
    if (categories != null) {
      return -0.5;
    }
    return x(series.stream().flatMapToDouble(s -> java.util.Arrays.stream(s.x)).min()
        .orElse(1.0));
  }

  private double xHigh() {
    if (categories != null) {
      return categories.size() - 0.5;
    }
    return x(series.stream().flatMapToDouble(s -> java.util.Arrays.stream(s.x)).max()
        .orElse(1.0));
  }

  /** The axis coordinate of a data x: itself, or its base-10 logarithm on a log axis. */
  private double x(double value) {
    return logX ? Math.log10(value) : value;
  }

  private int legendWidth(Graphics2D g) {
    int widest = series.stream().mapToInt(s -> Style.width(g, Style.LABEL, s.name)).max()
        .orElse(0);
    return series.size() < 2 && widest == 0 ? 0 : widest + 44;
  }

  /** What {@link Axes#categoryTicks} will take, known before the plot is laid out. */
  private int categoryLabelHeight(Graphics2D g, int plotWidth) {
    int widest = categories.stream().mapToInt(c -> Style.width(g, Style.TICK, c)).max()
        .orElse(0);
    double spacing = (double) plotWidth / Math.max(categories.size(), 1);
    return Axes.turnsLabels(widest, spacing)
        ? Axes.turnedHeight(widest, spacing * Axes.every(spacing)) : 22;
  }

  private void drawSeries(Graphics2D g, Axes axes, Series s, Color colour) {
    Path2D.Double path = new Path2D.Double();
    for (int i = 0; i < s.y.length; i++) {
      double x = axes.px(x(s.x[i]));
      double y = axes.py(s.y[i]);
      if (i == 0) {
        path.moveTo(x, y);
      } else {
        path.lineTo(x, y);
      }
    }
    g.setColor(colour);
    g.setStroke(s.dashed ? Style.DASHED : Style.LINE);
    g.draw(path);
    if (s.y.length <= MAX_DOTS) {
      for (int i = 0; i < s.y.length; i++) {
        Shape dot = new Ellipse2D.Double(axes.px(x(s.x[i])) - 3.5, axes.py(s.y[i]) - 3.5, 7,
            7);
        g.fill(dot);
      }
    }
  }

  private static void drawGuide(Graphics2D g, Axes axes, Guide guide) {
    double y = axes.py(guide.at);
    Rectangle plot = axes.plot;
    g.setColor(Style.GUIDE);
    g.setStroke(Style.DASHED);
    g.draw(new Line2D.Double(plot.x, y, plot.x + plot.width, y));
    // Labelled at the left, where learning curves are usually still low.
    Style.text(g, Style.TICK, guide.label, plot.x + 5, y - 8, Style.Align.START);
  }

  private void drawMarker(Graphics2D g, Axes axes, Guide marker) {
    double x = axes.px(x(marker.at));
    Rectangle plot = axes.plot;
    g.setColor(Style.GUIDE);
    g.setStroke(Style.DASHED);
    g.draw(new Line2D.Double(x, plot.y, x, plot.y + plot.height));
    g.setColor(Style.INK);
    // The label stays inside the plot, on whichever side of the line has more room, at
    // mid-height: curves of shares and similarities crowd the top and bottom.
    boolean left = x > plot.x + plot.width / 2.0;
    Style.text(g, Style.TICK, marker.label, left ? x - 5 : x + 5, plot.y + plot.height * 0.45,
        left ? Style.Align.END : Style.Align.START);
  }

  private void drawLegend(Graphics2D g, int x, int y) {
    if (legendWidth(g) == 0) {
      return;
    }
    for (int i = 0; i < series.size(); i++) {
      Series s = series.get(i);
      int row = y + i * 22;
      g.setColor(Style.series(i));
      g.setStroke(s.dashed ? Style.DASHED : Style.LINE);
      g.draw(new Line2D.Double(x, row, x + 24, row));
      g.fill(new Ellipse2D.Double(x + 8.5, row - 3.5, 7, 7));
      g.setColor(Style.INK);
      Style.text(g, Style.LABEL, s.name, x + 32, row, Style.Align.START);
    }
  }

  private record Series(String name, double[] x, double[] y, boolean dashed) {}

  private record Guide(double at, String label) {}

  /** Collects the parts of a {@link LineChart}. */
  public static final class Builder {
    private final String title;
    private String xLabel = "";
    private String yLabel = "";
    private List<String> categories;
    private double yLow = 0.0;
    private double yHigh = 1.0;
    private final List<Series> series = new ArrayList<>();
    private final List<Guide> guides = new ArrayList<>();
    private final List<Guide> markers = new ArrayList<>();
    private Dimension size = new Dimension(820, 480);
    private boolean logX;

    private Builder(String title) {
      this.title = title;
    }

    public Builder axes(String x, String y) {
      this.xLabel = Objects.requireNonNull(x, "x");
      this.yLabel = Objects.requireNonNull(y, "y");
      return this;
    }

    /** Names the x positions 0, 1, ...; series then give only y values. */
    public Builder categories(List<String> names) {
      this.categories = List.copyOf(names);
      return this;
    }

    public Builder yRange(double low, double high) {
      this.yLow = low;
      this.yHigh = high;
      return this;
    }

    /** A line through (x[i], y[i]); x must be as long as y. */
    public Builder line(String name, double[] x, double[] y, boolean dashed) {
      if (x.length != y.length) {
        throw new IllegalArgumentException(name + ": " + x.length + " x values, " + y.length
            + " y values");
      }
      series.add(new Series(name, x.clone(), y.clone(), dashed));
      return this;
    }

    /** A solid line at the positions of the categories. */
    public Builder line(String name, double[] y) {
      double[] x = new double[y.length];
      for (int i = 0; i < x.length; i++) {
        x[i] = i;
      }
      return line(name, x, y, false);
    }

    /** A dashed horizontal line at y, labelled at its left end. */
    public Builder guide(double y, String label) {
      guides.add(new Guide(y, label));
      return this;
    }

    /** A dashed vertical line at x, labelled at its top. */
    public Builder marker(double x, String label) {
      markers.add(new Guide(x, label));
      return this;
    }

    /** A logarithmic x axis; every x must then be positive. */
    public Builder logX() {
      this.logX = true;
      return this;
    }

    public Builder size(int width, int height) {
      this.size = new Dimension(width, height);
      return this;
    }

    public LineChart build() {
      if (logX && (categories != null
          || series.stream().anyMatch(s -> java.util.Arrays.stream(s.x).anyMatch(x -> x <= 0)))) {
        throw new IllegalArgumentException("a log x axis needs positive numeric x values");
      }
      return new LineChart(this);
    }
  }
}
