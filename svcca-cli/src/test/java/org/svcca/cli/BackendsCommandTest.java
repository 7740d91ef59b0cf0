package org.svcca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class BackendsCommandTest {

  @Test
  void listsEjmlAsAvailableAndSelected() {
    CliRun run = CliRun.of("backends");

    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().lines().anyMatch(l -> l.startsWith("* ejml") && l.contains("EJML")
        && l.contains("pure-java") && l.endsWith("available")), run.out());
    assertTrue(run.out().contains("selected: ejml"), run.out());
  }

  @Test
  void jsonListsEveryBackendWithItsStatus() throws IOException {
    CliRun run = CliRun.of("backends", "--format", "json");

    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals(0, run.status(), run.err());
    assertEquals("ejml", json.path("selected").asText());
    JsonNode ejml = json.path("backends").get(0);
    assertEquals("ejml", ejml.path("id").asText());
    assertTrue(ejml.path("available").asBoolean());
    assertTrue(ejml.path("selected").asBoolean());
  }
}
