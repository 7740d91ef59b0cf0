package org.svcca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.svcca.Backends;

class BackendsCommandTest {

  @Test
  void listsEveryBackendOfTheJarWithEjmlAlwaysAvailable() {
    CliRun run = CliRun.of("backends");

    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().lines().anyMatch(l -> l.contains(" ejml ") && l.contains("EJML")
        && l.contains("pure-java") && l.endsWith("available")), run.out());
    for (String id : new String[] {"netlib", "jblas", "nd4j"}) {
      assertTrue(run.out().lines().anyMatch(l -> l.contains(" " + id + " ")), id);
    }
    String selected = Backends.discover().choose(null).id();
    assertTrue(run.out().lines().anyMatch(l -> l.startsWith("* " + selected + " ")), run.out());
    assertTrue(run.out().contains("selected: " + selected), run.out());
  }

  @Test
  void jsonGivesEachBackendItsStatusAndMarksTheHighestPriorityAvailableOne()
      throws IOException {
    CliRun run = CliRun.of("backends", "--format", "json");

    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals(0, run.status(), run.err());
    Set<String> ids = new HashSet<>();
    int bestAvailable = Integer.MIN_VALUE;
    String best = null;
    for (JsonNode backend : json.path("backends")) {
      ids.add(backend.path("id").asText());
      boolean available = backend.path("available").asBoolean();
      assertEquals(available, backend.path("reason").asText().isEmpty(), backend.toString());
      if (available && backend.path("priority").asInt() > bestAvailable) {
        bestAvailable = backend.path("priority").asInt();
        best = backend.path("id").asText();
      }
    }
    assertEquals(Set.of("ejml", "jblas", "netlib", "nd4j"), ids);
    assertEquals(best, json.path("selected").asText());
    assertFalse(json.has("problem"));
  }
}
