package io.splicer.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Child-JVM writer for {@link FileConfigurationStoreCrashTest}: rewrites one large configuration in
 * a loop, alternating two contents, and prints {@code ready} after the first write. The test kills
 * it at an arbitrary moment.
 */
public final class StoreWriterMain {

  private StoreWriterMain() {}

  static PlaybackConfiguration variant(int variant) {
    Map<String, String> tags = new LinkedHashMap<>();
    for (int i = 0; i < 3000; i++) {
      tags.put("key" + i, "variant-" + variant + "-value-" + i);
    }
    return PlaybackConfiguration.builder("crashy")
        .videoContentSourceUrl("/origin/")
        .tags(tags)
        .build();
  }

  public static void main(String[] args) {
    FileConfigurationStore store = new FileConfigurationStore(Path.of(args[0]));
    PlaybackConfiguration a = variant(1);
    PlaybackConfiguration b = variant(2);
    store.put(a);
    System.out.println("ready");
    System.out.flush();
    for (long i = 0; ; i++) {
      store.put(i % 2 == 0 ? b : a);
    }
  }
}
