package io.splicer.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileConfigurationStoreTest {

  @TempDir Path dir;

  @Test
  void find_mediaTailorShapedFile_mapped() throws IOException {
    Files.writeString(
        dir.resolve("cfg.json"),
        "{\"Name\":\"cfg\",\"VideoContentSourceUrl\":\"/media/\","
            + "\"AdDecisionServerUrl\":\"http://ads/v\"}");
    assertEquals(
        Optional.of(new PlaybackConfiguration("cfg", "/media/", "http://ads/v")),
        new FileConfigurationStore(dir).find("cfg"));
  }

  @Test
  void find_missingOrUnsafeName_empty() throws IOException {
    Files.writeString(dir.resolve("x.json"), "{\"VideoContentSourceUrl\":\"/m/\"}");
    FileConfigurationStore store = new FileConfigurationStore(dir);
    assertTrue(store.find("nope").isEmpty());
    assertTrue(store.find("../x").isEmpty());
    assertTrue(store.find(".x").isEmpty());
  }
}
