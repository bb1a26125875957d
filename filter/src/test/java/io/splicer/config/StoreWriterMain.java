package io.splicer.config;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Child-JVM writer for the atomic-write crash tests ({@link FileConfigurationStoreCrashTest}, and
 * test-harness's {@code AdminApiIT} against a container sharing the directory): rewrites large
 * configurations with the real {@link FileConfigurationStore} in an endless loop, alternating two
 * contents per name, and prints {@code ready} once each name has been written. The test kills it
 * with SIGKILL at an arbitrary moment ({@link Process#destroyForcibly()}) and checks that every
 * file still holds one whole version.
 *
 * <p>Arguments: the store directory, then optionally the number of configurations (default 1).
 */
public final class StoreWriterMain {

  /** Name of the first configuration; the others are {@code crashy-1}, {@code crashy-2}, … */
  public static final String NAME = "crashy";

  /** Tags per configuration: ~100 kB per file, so a kill often lands inside a write. */
  static final int TAGS = 3000;

  private StoreWriterMain() {}

  /** The names written by a writer of {@code count} configurations. */
  public static List<String> names(int count) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      names.add(i == 0 ? NAME : NAME + "-" + i);
    }
    return names;
  }

  /** Version {@code variant} (1 or 2) of the configuration {@code name}. */
  public static PlaybackConfiguration variant(String name, int variant) {
    Map<String, String> tags = new LinkedHashMap<>();
    for (int i = 0; i < TAGS; i++) {
      tags.put("key" + i, "variant-" + variant + "-value-" + i);
    }
    return PlaybackConfiguration.builder(name).videoContentSourceUrl("/origin/").tags(tags).build();
  }

  static PlaybackConfiguration variant(int variant) {
    return variant(NAME, variant);
  }

  /**
   * Starts a writer JVM on the caller's class path and returns once it has written every name (its
   * stderr goes to {@code stderrLog}).
   *
   * @throws IOException if it cannot start or exits before it is ready
   */
  public static Process start(Path dir, int count, File stderrLog) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                StoreWriterMain.class.getName(),
                dir.toString(),
                Integer.toString(count))
            .redirectError(stderrLog)
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    if (!"ready".equals(line)) {
      child.destroyForcibly();
      throw new IOException("store writer did not start [" + line + "]; see " + stderrLog);
    }
    return child;
  }

  public static void main(String[] args) {
    FileConfigurationStore store = new FileConfigurationStore(Path.of(args[0]));
    List<String> names = names(args.length > 1 ? Integer.parseInt(args[1]) : 1);
    List<PlaybackConfiguration> first = new ArrayList<>();
    List<PlaybackConfiguration> second = new ArrayList<>();
    for (String name : names) {
      first.add(variant(name, 1));
      second.add(variant(name, 2));
    }
    first.forEach(store::put);
    System.out.println("ready");
    System.out.flush();
    for (long i = 0; ; i++) {
      store.put((i / names.size() % 2 == 0 ? second : first).get((int) (i % names.size())));
    }
  }
}
