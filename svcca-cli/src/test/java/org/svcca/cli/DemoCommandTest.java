package org.svcca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class DemoCommandTest {

  @Test
  void demoSeparatesRelatedFromUnrelatedLayers() throws IOException {
    CliRun run = CliRun.of("demo", "--format", "json");

    JsonNode json = new ObjectMapper().readTree(run.out());
    double related = json.path("pairs").get(0).path("similarity").path("svcca").asDouble();
    double unrelated = json.path("pairs").get(1).path("similarity").path("svcca").asDouble();
    assertEquals(0, run.status(), run.err());
    assertTrue(json.path("separates").asBoolean());
    assertTrue(related > 0.9, "related " + related);
    assertTrue(unrelated < 0.3, "unrelated " + unrelated);
  }

  @Test
  void demoTextSaysWhatItShowed() {
    CliRun run = CliRun.of("demo", "--datapoints", "500", "--seed", "3");

    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("SVCCA tells related from unrelated layers"), run.out());
    assertTrue(run.out().contains("A vs C (unrelated)"), run.out());
  }

  @Test
  void tooFewDatapointsIsBadInput() {
    CliRun run = CliRun.of("demo", "--datapoints", "10");

    assertEquals(Main.BAD_INPUT, run.status());
    assertEquals("svcca: --datapoints must be at least 200, got 10", run.err().strip());
  }
}
