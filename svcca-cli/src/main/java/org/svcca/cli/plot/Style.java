package org.svcca.cli.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;

/** Fonts, colours, text placement and axis ticks shared by the charts. */
final class Style {

  static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
  static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
  static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

  static final Color INK = new Color(0x222222);
  static final Color GRID = new Color(0xe6e6e6);
  static final Color GUIDE = new Color(0x888888);

  static final Stroke THIN = new BasicStroke(1f);
  static final Stroke LINE = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  static final Stroke DASHED = new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
      BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);

  /** Matplotlib's "tab10": ten colours that stay apart for most readers. */
  private static final int[] SERIES = {
      0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd,
      0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22, 0x17becf};

  /** Ten evenly spaced stops of viridis: perceptually uniform, readable in grey. */
  private static final int[] VIRIDIS = {
      0x440154, 0x482878, 0x3e4a89, 0x31688e, 0x26828e,
      0x1f9e89, 0x35b779, 0x6dcd59, 0xb4de2c, 0xfde725};

  /** Where a text anchor sits relative to the text. */
  enum Align { START, CENTRE, END }

  private Style() {}

  static BufferedImage canvas(int width, int height) {
    return new BufferedImage(Math.max(width, 1), Math.max(height, 1),
        BufferedImage.TYPE_INT_RGB);
  }

  /** Antialiased graphics on a white image. */
  static Graphics2D graphics(BufferedImage image) {
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
        RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    return g;
  }

  /** The colour of series i, repeating after ten. */
  static Color series(int i) {
    return new Color(SERIES[Math.floorMod(i, SERIES.length)]);
  }

  /** Viridis at t in [0, 1], linear between its stops; t outside is clamped. */
  static Color viridis(double t) {
    double x = Math.max(0.0, Math.min(1.0, Double.isNaN(t) ? 0.0 : t)) * (VIRIDIS.length - 1);
    int i = Math.min((int) x, VIRIDIS.length - 2);
    double f = x - i;
    Color a = new Color(VIRIDIS[i]);
    Color b = new Color(VIRIDIS[i + 1]);
    return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f),
        mix(a.getBlue(), b.getBlue(), f));
  }

  /** Black or white, whichever reads better on the background. */
  static Color textOn(Color background) {
    double luminance = 0.299 * background.getRed() + 0.587 * background.getGreen()
        + 0.114 * background.getBlue();
    return luminance > 140 ? INK : Color.WHITE;
  }

  static int width(Graphics2D g, Font font, String text) {
    return g.getFontMetrics(font).stringWidth(text);
  }

  /** Draws text with its horizontal anchor at x and its vertical centre at y. */
  static void text(Graphics2D g, Font font, String text, double x, double y, Align align) {
    g.setFont(font);
    FontMetrics metrics = g.getFontMetrics();
    double left = switch (align) {
      case START -> x;
      case CENTRE -> x - metrics.stringWidth(text) / 2.0;
      case END -> x - metrics.stringWidth(text);
    };
    double baseline = y + (metrics.getAscent() - metrics.getDescent()) / 2.0;
    g.drawString(text, (float) left, (float) baseline);
  }

  /**
   * Draws text turned by {@code degrees} (negative: counter-clockwise) about the anchor at
   * (x, y), with the anchor at the text's end or centre as the alignment says.
   */
  static void rotated(Graphics2D g, Font font, String text, double x, double y,
      double degrees, Align align) {
    AffineTransform saved = g.getTransform();
    g.translate(x, y);
    g.rotate(Math.toRadians(degrees));
    text(g, font, text, 0, 0, align);
    g.setTransform(saved);
  }

  /**
   * Round tick positions inside [low, high]: steps of 1, 2 or 5 times a power of ten, the
   * one nearest to giving {@code target} steps.
   */
  static double[] ticks(double low, double high, int target) {
    double step = step(low, high, target);
    double first = Math.ceil(low / step - 1e-9) * step;
    int count = (int) Math.floor((high - first) / step + 1e-9) + 1;
    double[] ticks = new double[Math.max(count, 0)];
    for (int i = 0; i < ticks.length; i++) {
      ticks[i] = first + i * step;
    }
    return ticks;
  }

  static double step(double low, double high, int target) {
    double raw = (high - low) / Math.max(target, 1);
    if (!(raw > 0)) {
      return 1.0;
    }
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    double fraction = raw / power;
    double nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
    return nice * power;
  }

  /** A tick value without rounding noise, such as {@code 0.6} rather than 0.6000000001. */
  static String tickLabel(double value, double step) {
    int decimals = Math.max(0, -(int) Math.floor(Math.log10(step) + 1e-9));
    return new BigDecimal(value).setScale(decimals, java.math.RoundingMode.HALF_UP)
        .stripTrailingZeros().toPlainString().replaceFirst("^-0$", "0");
  }

  /**
   * Shortens a label to at most {@code max} pixels by cutting its middle, since names of
   * files and layers often differ only at their ends.
   */
  static String fit(Graphics2D g, Font font, String text, int max) {
    if (width(g, font, text) <= max) {
      return text;
    }
    for (int keep = text.length() - 1; keep > 1; keep--) {
      int head = (keep + 1) / 2;
      String cut = text.substring(0, head) + "\u2026"
          + text.substring(text.length() - (keep - head));
      if (width(g, font, cut) <= max) {
        return cut;
      }
    }
    return text.substring(0, 1) + "\u2026";
  }

  private static int mix(int a, int b, double f) {
    return (int) Math.round(a + (b - a) * f);
  }
}
