package io.splicer.harness.players;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What the real-player checks need on the machine, and the verdict when something is missing: a
 * failure when {@code CI=true} or {@code -Dplayers.required=true}, otherwise a skip that says
 * exactly what to install.
 */
public final class PlayerToolchain {
  public static final String INSTALL =
      "install as root: apt-get install -y ffmpeg chromium fonts-dejavu-core;"
          + " then: (cd test-harness/players && npm ci);"
          + " or run ./test-harness/run-tests.sh, whose setup does both";
  private static final List<String> PACKAGES =
      List.of("hls.js", "shaka-player", "dashjs", "playwright-core");
  static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");

  private PlayerToolchain() {}

  /** Everything missing, each with what it is for; empty when the checks can run. */
  public static List<String> missing(Path playersDir, Path chromium) {
    List<String> missing = new ArrayList<>();
    String node = firstLine("node", "--version");
    if (node == null) {
      missing.add("node (>= 20) on PATH");
    } else if (major(node) < 20) {
      missing.add("node >= 20 (found " + node + ")");
    }
    if (firstLine("ffmpeg", "-version") == null) {
      missing.add("ffmpeg on PATH (apt-get install -y ffmpeg)");
    }
    if (!Files.isExecutable(chromium)) {
      missing.add(chromium + " (apt-get install -y chromium)");
    }
    if (!Files.isRegularFile(FONT)) {
      missing.add(FONT + " (apt-get install -y fonts-dejavu-core)");
    }
    for (String pkg : PACKAGES) {
      if (!Files.isRegularFile(
          playersDir.resolve("node_modules").resolve(pkg).resolve("package.json"))) {
        missing.add("npm package " + pkg + " in " + playersDir + "/node_modules (npm ci)");
      }
    }
    return missing;
  }

  /** True when missing tools must fail the build rather than skip the checks. */
  public static boolean required() {
    return "true".equalsIgnoreCase(System.getenv("CI"))
        || Boolean.parseBoolean(System.getProperty("players.required"));
  }

  private static int major(String version) {
    try {
      return Integer.parseInt(version.replaceFirst("^v", "").split("\\.")[0]);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String firstLine(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
        return null;
      }
      return out.lines().findFirst().orElse("").strip();
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
