package io.splicer.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a writing child JVM at arbitrary moments: the file must always hold a whole version. */
class FileConfigurationStoreCrashTest {

  @TempDir Path dir;

  @Test
  void put_writerKilledMidWrite_fileHoldsOldOrNewVersionNeverAMix() throws Exception {
    Set<PlaybackConfiguration> wholeVersions =
        Set.of(StoreWriterMain.variant(1), StoreWriterMain.variant(2));
    for (int round = 0; round < 6; round++) {
      Process child = StoreWriterMain.start(dir, 1, new File(dir.toFile(), "child-stderr.log"));
      try {
        Thread.sleep(ThreadLocalRandom.current().nextInt(50, 400));
      } finally {
        child.destroyForcibly(); // SIGKILL: no shutdown hooks, no cleanup
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
      }
      FileConfigurationStore fresh = new FileConfigurationStore(dir);
      PlaybackConfiguration found = fresh.find("crashy").orElseThrow();
      assertTrue(wholeVersions.contains(found), "round " + round + ": torn configuration");
      assertEquals(
          List.of("crashy"), fresh.list().stream().map(PlaybackConfiguration::name).toList());
      assertEquals(0, fresh.problems().size(), fresh.problems().toString());
    }
  }
}
