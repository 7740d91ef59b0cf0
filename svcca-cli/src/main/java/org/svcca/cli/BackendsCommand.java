package org.svcca.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.svcca.BackendInfo;
import org.svcca.BackendSelectionException;
import org.svcca.Backends;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code svcca backends}: every backend found, whether it can run here, and which is used. */
@Command(name = "backends",
    mixinStandardHelpOptions = true,
    description = "List the linear-algebra backends found, their availability and the one "
        + "selected (by --backend, -Dsvcca.backend, SVCCA_BACKEND, then priority).")
final class BackendsCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--format", paramLabel = "FMT", defaultValue = "text",
      description = "text (default) or json.")
  private OutputFormat format;

  private final Backends backends;

  @Inject
  BackendsCommand(Backends backends) {
    this.backends = backends;
  }

  @Override
  public Integer call() throws JsonProcessingException {
    List<BackendInfo> found = backends.list();
    String selected;
    String problem = "";
    try {
      selected = backends.choose(null).id();
    } catch (BackendSelectionException e) {
      selected = "";
      problem = e.getMessage();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.JSON) {
      out.println(json(found, selected, problem));
    } else {
      text(out, found, selected, problem);
    }
    out.flush();
    return 0;
  }

  private static void text(PrintWriter out, List<BackendInfo> found, String selected,
      String problem) {
    int idWidth = 2;
    int libraryWidth = 7;
    for (BackendInfo info : found) {
      idWidth = Math.max(idWidth, info.id().length());
      libraryWidth = Math.max(libraryWidth, info.library().length());
    }
    String row = "%s %-" + idWidth + "s  %-" + libraryWidth + "s  %-9s %8s  %s%n";
    out.printf(Locale.ROOT, row, " ", "id", "library", "kind", "priority", "status");
    for (BackendInfo info : found) {
      out.printf(Locale.ROOT, row, info.id().equals(selected) ? "*" : " ", info.id(),
          info.library(), kindName(info), info.priority(),
          info.available() ? "available" : "unavailable: " + info.availability().reason());
    }
    out.println(selected.isEmpty()
        ? "no backend selected: " + problem
        : "selected: " + selected + " (marked *)");
  }

  private static String kindName(BackendInfo info) {
    return info.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String json(List<BackendInfo> found, String selected, String problem)
      throws JsonProcessingException {
    List<Map<String, Object>> entries = new ArrayList<>();
    for (BackendInfo info : found) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("id", info.id());
      entry.put("library", info.library());
      entry.put("kind", kindName(info));
      entry.put("priority", info.priority());
      entry.put("available", info.available());
      entry.put("reason", info.availability().reason());
      entry.put("selected", info.id().equals(selected));
      entries.add(entry);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("backends", entries);
    root.put("selected", selected.isEmpty() ? null : selected);
    if (!problem.isEmpty()) {
      root.put("problem", problem);
    }
    return new ObjectMapper().writeValueAsString(root);
  }
}
