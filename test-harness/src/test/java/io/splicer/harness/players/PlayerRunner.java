package io.splicer.harness.players;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs {@code players/run-check.mjs} for one check and parses its verdict. */
public final class PlayerRunner {
  private static final Pattern FAIL = Pattern.compile("^FAIL \\[([a-z-]+)\\] ", Pattern.MULTILINE);

  /** Exit status 0 = pass, 1 = the check failed, 2 = it could not run; kinds of the failures. */
  public record Result(int exitCode, Set<String> failureKinds, String output, long wallMillis) {
    public boolean passed() {
      return exitCode == 0;
    }
  }

  private final Path playersDir;
  private final Path screenshots;
  private final Path chromium;

  public PlayerRunner(Path playersDir, Path screenshots, Path chromium) {
    this.playersDir = playersDir;
    this.screenshots = screenshots;
    this.chromium = chromium;
  }

  public Result run(String name, String player, String url, Expectation expectation)
      throws IOException, InterruptedException {
    return run(name, player, url, expectation, 4);
  }

  /** As {@link #run(String, String, String, Expectation)} at playback rate {@code rate}. */
  public Result run(String name, String player, String url, Expectation expectation, double rate)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process p =
        new ProcessBuilder(
                List.of(
                    "node",
                    "run-check.mjs",
                    "--player",
                    player,
                    "--url",
                    url,
                    "--expect",
                    expectation.toJson(),
                    "--name",
                    name,
                    "--screenshots",
                    screenshots.toString(),
                    "--chromium",
                    chromium.toString(),
                    "--rate",
                    Double.toString(rate)))
            .directory(playersDir.toFile())
            .redirectErrorStream(true)
            .start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes(); // the runner bounds its own run time
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return new Result(2, Set.of(), "runner did not exit", elapsed(start));
    }
    String text = new String(out, StandardCharsets.UTF_8);
    Set<String> kinds = new LinkedHashSet<>();
    Matcher m = FAIL.matcher(text);
    while (m.find()) {
      kinds.add(m.group(1));
    }
    return new Result(p.exitValue(), kinds, text, elapsed(start));
  }

  private static long elapsed(long startNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
  }
}
