/**
 * Charts the analysis commands draw for {@code --plot} and reports: a labelled heatmap with a
 * colour bar, line charts with a legend, bar charts, and panels of charts side by side,
 * rendered with Java2D into PNG files without a display (the JVM runs headless). Knows
 * nothing of similarity measures or of the command line.
 */
package org.svcca.cli.plot;
