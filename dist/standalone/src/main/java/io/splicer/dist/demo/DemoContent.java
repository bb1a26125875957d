package io.splicer.dist.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Generates the demo media with ffmpeg on first run (nothing is installed by Splicer itself):
 *
 * <ul>
 *   <li>{@code vod/}: 60 s of {@code testsrc2} with a 440 Hz tone, HLS TS with 2 s segments, two
 *       renditions (640x360, 416x234; H.264 main + AAC, GOP = segment length, scene-cut off) and a
 *       multivariant {@code index.m3u8}; each media playlist carries {@code EXT-X-CUE-OUT:0}/{@code
 *       EXT-X-CUE-IN} insertion points for mid-rolls at 20 s and 40 s and a post-roll;
 *   <li>{@code ads/ad10/}, {@code ads/ad15/}: 10 s and 15 s of {@code smptebars} with a 1000 Hz
 *       tone, same ladder.
 * </ul>
 *
 * Each asset is written to {@code <name>.partial} and renamed when complete, so an interrupted run
 * is redone next time.
 */
public final class DemoContent {

  /** What to print when ffmpeg is missing (exactly this command). */
  public static final String INSTALL_HINT = "apt-get install -y ffmpeg";

  public static final int VOD_SECONDS = 60;
  public static final List<Integer> VOD_BREAKS_BEFORE_SEGMENTS = List.of(10, 20, -1);

  private final Path dir;
  private final String ffmpeg;

  public DemoContent(Path dir, String ffmpeg) {
    this.dir = dir;
    this.ffmpeg = ffmpeg;
  }

  public Path directory() {
    return dir;
  }

  /** Whether every asset has been generated. */
  public boolean isComplete() {
    return Files.isRegularFile(dir.resolve("vod/index.m3u8"))
        && Files.isRegularFile(dir.resolve("ads/ad10/index.m3u8"))
        && Files.isRegularFile(dir.resolve("ads/ad15/index.m3u8"));
  }

  /** Whether the ffmpeg command runs. */
  public static boolean ffmpegAvailable(String ffmpeg) {
    try {
      Process p =
          new ProcessBuilder(ffmpeg, "-hide_banner", "-version")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Generates whatever is missing.
   *
   * @param log progress messages
   * @throws IOException if ffmpeg fails (its stderr is in the message)
   */
  public void generate(Consumer<String> log) throws IOException, InterruptedException {
    Files.createDirectories(dir.resolve("ads"));
    if (!Files.isRegularFile(dir.resolve("vod/index.m3u8"))) {
      log.accept("generating demo VOD asset (" + VOD_SECONDS + " s) with ffmpeg...");
      encode(dir.resolve("vod"), "testsrc2", 440, VOD_SECONDS, true);
    }
    for (int seconds : List.of(10, 15)) {
      Path ad = dir.resolve("ads/ad" + seconds);
      if (!Files.isRegularFile(ad.resolve("index.m3u8"))) {
        log.accept("generating demo ad clip " + seconds + " s...");
        encode(ad, "smptebars", 1000, seconds, false);
      }
    }
  }

  private void encode(Path target, String pattern, int toneHz, int seconds, boolean markers)
      throws IOException, InterruptedException {
    Path partial = target.resolveSibling(target.getFileName() + ".partial");
    deleteTree(partial);
    Files.createDirectories(partial);
    run(command(partial, pattern, toneHz, seconds), partial);
    if (markers) {
      for (String rendition : List.of("0", "1")) {
        Path playlist = partial.resolve(rendition).resolve("index.m3u8");
        String text = Files.readString(playlist, StandardCharsets.UTF_8);
        Files.writeString(
            playlist, VodMarkers.insert(text, VOD_BREAKS_BEFORE_SEGMENTS), StandardCharsets.UTF_8);
      }
    }
    deleteTree(target);
    Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
  }

  List<String> command(Path out, String pattern, int toneHz, int seconds) {
    List<String> c = new ArrayList<>();
    c.addAll(List.of(ffmpeg, "-hide_banner", "-loglevel", "error", "-nostdin", "-y"));
    c.addAll(List.of("-f", "lavfi", "-i", pattern + "=size=640x360:rate=25:duration=" + seconds));
    c.addAll(
        List.of(
            "-f",
            "lavfi",
            "-i",
            "sine=frequency=" + toneHz + ":sample_rate=48000:duration=" + seconds));
    c.addAll(List.of("-filter_complex", "[0:v]split=2[v0][s1];[s1]scale=416:234[v1]"));
    c.addAll(List.of("-map", "[v0]", "-map", "1:a", "-map", "[v1]", "-map", "1:a"));
    // H.264 main, GOP = segment length (2 s at 25 fps), no scene-cut keyframes
    c.addAll(
        List.of(
            "-c:v",
            "libx264",
            "-profile:v",
            "main",
            "-preset",
            "veryfast",
            "-pix_fmt",
            "yuv420p",
            "-g",
            "50",
            "-keyint_min",
            "50",
            "-sc_threshold",
            "0",
            "-b:v:0",
            "800k",
            "-maxrate:v:0",
            "900k",
            "-bufsize:v:0",
            "1600k",
            "-b:v:1",
            "300k",
            "-maxrate:v:1",
            "350k",
            "-bufsize:v:1",
            "600k"));
    c.addAll(List.of("-c:a", "aac", "-b:a", "96k", "-ac", "2", "-ar", "48000"));
    c.addAll(
        List.of(
            "-f",
            "hls",
            "-hls_time",
            "2",
            "-hls_playlist_type",
            "vod",
            "-hls_flags",
            "independent_segments",
            "-hls_segment_filename",
            out.resolve("%v").resolve("seg_%03d.ts").toString(),
            "-master_pl_name",
            "index.m3u8",
            "-var_stream_map",
            "v:0,a:0 v:1,a:1",
            out.resolve("%v").resolve("index.m3u8").toString()));
    return c;
  }

  private static void run(List<String> command, Path workDir)
      throws IOException, InterruptedException {
    Path stderr = workDir.resolve("ffmpeg-stderr.log");
    Process p =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(stderr.toFile())
            .start();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IOException("ffmpeg took longer than 10 minutes: " + String.join(" ", command));
    }
    String errors = Files.readString(stderr, StandardCharsets.UTF_8).strip();
    if (p.exitValue() != 0) {
      throw new IOException(
          "ffmpeg failed with exit code "
              + p.exitValue()
              + ": "
              + errors
              + "\ncommand: "
              + String.join(" ", command));
    }
    Files.delete(stderr);
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
