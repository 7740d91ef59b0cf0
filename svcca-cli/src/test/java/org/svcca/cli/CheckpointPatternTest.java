package org.svcca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointPatternTest {

  @Test
  void namesSortByTheNumbersInThem() {
    List<String> names = new ArrayList<>(List.of("ep10", "ep2", "ep1", "conv", "ep02"));

    names.sort(NaturalOrder.INSTANCE);

    assertEquals(List.of("conv", "ep1", "ep02", "ep2", "ep10"), names);
    assertTrue(NaturalOrder.sameValue("08", "8"));
    assertFalse(NaturalOrder.sameValue("8", "80"));
  }

  @Test
  void placeholdersMayStandInDirectoryNames(@TempDir Path dir) throws IOException {
    for (String step : List.of("step100", "step20")) {
      for (String layer : List.of("fc1", "fc2")) {
        Files.createDirectories(dir.resolve(step));
        Files.writeString(dir.resolve(step).resolve(layer + ".csv"), "1\n2\n");
      }
    }
    Files.writeString(dir.resolve("step20").resolve("notes.txt"), "not a layer");

    CheckpointPattern.Grid grid = CheckpointPattern.parse(
        dir.resolve("step{checkpoint}/{layer}.csv").toString()).find();

    assertEquals(List.of("20", "100"), grid.checkpoints());
    assertEquals(List.of("fc1", "fc2"), grid.layers());
    assertEquals(dir.resolve("step100/fc2.csv").toString(), grid.file("fc2", "100"));
  }
}
