package io.splicer.dist.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.splicer.core.MediaTime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generates the real demo content; needs ffmpeg (the CI command installs it). */
class DemoContentTest {

  @TempDir Path dir;

  @Test
  void generate_withFfmpeg_vodWithMarkersAndAdClips() throws Exception {
    assumeTrue(
        DemoContent.ffmpegAvailable("ffmpeg"),
        "ffmpeg is not installed; skipped (" + DemoContent.INSTALL_HINT + ")");
    DemoContent content = new DemoContent(dir, "ffmpeg");
    List<String> log = new ArrayList<>();
    content.generate(log::add);
    assertTrue(content.isComplete());
    assertEquals(3, log.size(), log.toString());
    String master = Files.readString(dir.resolve("vod/index.m3u8"));
    assertTrue(master.contains("RESOLUTION=640x360"), master);
    assertTrue(master.contains("RESOLUTION=416x234"), master);
    for (String rendition : List.of("0", "1")) {
      String media = Files.readString(dir.resolve("vod/" + rendition + "/index.m3u8"));
      List<VodSegment> segments = VodSegment.parse(media);
      MediaTime total =
          segments.stream().map(VodSegment::duration).reduce(MediaTime.ZERO, MediaTime::plus);
      assertEquals(MediaTime.ofSeconds(DemoContent.VOD_SECONDS), total);
      assertTrue(
          segments.stream().allMatch(s -> s.duration().equals(MediaTime.ofSeconds(2))), media);
      assertTrue(
          media.contains(
              "seg_009.ts\n#EXT-X-CUE-OUT:0\n#EXT-X-CUE-IN\n#EXTINF:2.000000,\nseg_010.ts"),
          media);
      assertTrue(
          media.contains(
              "seg_019.ts\n#EXT-X-CUE-OUT:0\n#EXT-X-CUE-IN\n#EXTINF:2.000000,\nseg_020.ts"),
          media);
      assertTrue(
          media.contains(
              "#EXT-X-CUE-OUT:0\n#EXT-X-CUE-IN\n#EXTINF:2.000000,\nseg_029.ts\n#EXT-X-ENDLIST"),
          media);
      assertTrue(Files.size(dir.resolve("vod/" + rendition + "/seg_000.ts")) > 0);
    }
    for (int seconds : List.of(10, 15)) {
      String media = Files.readString(dir.resolve("ads/ad" + seconds + "/0/index.m3u8"));
      MediaTime total =
          VodSegment.parse(media).stream()
              .map(VodSegment::duration)
              .reduce(MediaTime.ZERO, MediaTime::plus);
      assertEquals(MediaTime.ofSeconds(seconds), total);
    }
  }
}
