package io.splicer.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryConfigurationRepositoryTest {

  @Test
  void putFindListDelete_withVersions_behaveLikeTheFileStore() {
    InMemoryConfigurationRepository repo = new InMemoryConfigurationRepository();
    PlaybackConfiguration b =
        PlaybackConfiguration.builder("b").videoContentSourceUrl("/b/").build();
    PlaybackConfiguration a =
        PlaybackConfiguration.builder("a").videoContentSourceUrl("/a/").build();
    String vb = repo.put(b).version();
    repo.put(a);
    assertEquals(List.of(a, b), repo.list());
    assertEquals(FileConfigurationStore.version(PlaybackConfigurationJson.writeBytes(b)), vb);
    assertThrows(VersionConflictException.class, () -> repo.delete("b", "0"));
    assertThrows(
        InvalidConfigurationException.class,
        () -> repo.put(PlaybackConfiguration.builder("c").build()));
    assertTrue(repo.delete("b", vb));
    assertEquals(List.of(a), repo.list());
  }
}
