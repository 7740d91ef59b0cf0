package org.svcca.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.svcca.cli.plot.Figure;

/**
 * What an analysis command found, in every form the command line shows it: text for people,
 * JSON and CSV for scripts, a figure for {@code --plot} and all of them for
 * {@code svcca report}. Computing is done by the time an instance exists; rendering it
 * cannot fail on the input.
 */
interface Findings {

  /** A heading for the result, such as {@code "svcca between 4 x 4 layers"}. */
  String title();

  /** The text output. */
  void text(PrintWriter out);

  /** The JSON document as nested maps and lists, keys in order. */
  Map<String, Object> json();

  /** The main table, printed by {@code --format csv}. */
  Table table();

  /** The picture {@code --plot} writes. */
  Figure figure();

  /** Doubtful aspects of the input worth telling a user, in words. */
  List<String> warnings();
}
