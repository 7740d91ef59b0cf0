package org.svcca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

  private static final Pattern EMBEDDED_PNG =
      Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"");

  @TempDir
  static Path dir;

  private static String a1;
  private static String a2;

  @BeforeAll
  static void writeLayers() throws IOException {
    a1 = Analyses.related(dir, "a1", 3, 200, 6);
    a2 = Analyses.related(dir, "a2", 3, 200, 5);
  }

  @Test
  void pageHoldsFigureTableTextAndJsonAndNeedsNothingElse() throws IOException {
    Path page = dir.resolve("matrix.html");

    CliRun run = CliRun.of("report", "matrix", a1, a2, "--measure", "cka", "--out",
        page.toString());

    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith("wrote " + page), run.out());
    String html = Files.readString(page);
    assertTrue(html.contains("<h1>cka between every pair of 2 layers</h1>"), html);
    assertTrue(html.contains("<th>a1</th><th>a2</th>"), "short names in the table");
    assertTrue(html.contains("&quot;measure&quot; : &quot;cka&quot;"), "the JSON");
    assertTrue(html.contains("svcca matrix " + a1), "the command as run");
    assertFalse(html.contains("http://") || html.contains("https://") || html.contains("<link")
        || html.contains("<script"), "self-contained");
    Matcher png = EMBEDDED_PNG.matcher(html);
    assertTrue(png.find(), "an embedded image");
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(
        Base64.getDecoder().decode(png.group(1))));
    assertNotNull(image, "the embedded image is a PNG");
  }

  @Test
  void theAnalysisKeepsItsOwnOptionsAndPlot() throws IOException {
    Path page = dir.resolve("dims.html");
    Path png = dir.resolve("dims.png");

    CliRun run = CliRun.of("report", "dims", a1, "--vs", a2, "--fraction", "0.9", "--plot",
        png.toString(), "--out", page.toString());

    assertEquals(0, run.status(), run.err());
    assertTrue(Files.readString(page).contains("sum to 90%"), "--fraction reached dims");
    assertNotNull(ImageIO.read(png.toFile()), "--plot reached dims");
  }

  @Test
  void helpAndVersionOfTheAnalysisAreShownWithoutAPage() {
    Path page = dir.resolve("x.html");

    CliRun help = CliRun.of("report", "labels", "--help", "--out", page.toString());
    CliRun version = CliRun.of("report", "matrix", "-V", "--out", page.toString());

    assertEquals(0, help.status(), help.err());
    assertTrue(help.out().contains("LABELS"), help.out());
    assertEquals(0, version.status(), version.err());
    assertTrue(version.out().startsWith("svcca "), version.out());
    assertFalse(Files.exists(page), "no page");
  }

  @Test
  void badInputIsOneLine() {
    String page = dir.resolve("bad.html").toString();

    Analyses.assertRejected(CliRun.of("report", "--out", page), "needs an analysis");
    Analyses.assertRejected(CliRun.of("report", "compare", a1, a2, "--out", page),
        "not 'compare'");
    Analyses.assertRejected(CliRun.of("report", "matrix", a1, "--measure", "cosine", "--out",
        page), "unknown measure 'cosine'");
    Analyses.assertRejected(CliRun.of("report", "dims", "--out", page), "dims: ", "A");
    Analyses.assertRejected(CliRun.of("report", "matrix", a1, "--out",
        dir.resolve("page.txt").toString()), ".html");
    Analyses.assertRejected(CliRun.of("report", "matrix", a1), "--out");
    assertFalse(Files.exists(dir.resolve("bad.html")), "no page for a failed run");
  }
}
