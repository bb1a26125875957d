package io.splicer.bench;

import io.splicer.core.MediaTime;
import io.splicer.hls.CueBreak;
import io.splicer.hls.CueDetector;
import io.splicer.hls.HlsParseException;
import io.splicer.hls.HlsParser;
import io.splicer.hls.HlsSplicer;
import io.splicer.hls.HlsWriter;
import io.splicer.hls.MediaPlaylist;
import io.splicer.hls.ParseMode;
import io.splicer.hls.PlannedBreak;
import io.splicer.hls.SpliceAd;
import io.splicer.hls.SpliceOptions;
import io.splicer.hls.SpliceResult;
import io.splicer.hls.SpliceSegment;
import io.splicer.hls.SpliceState;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * HLS hot paths: parse+write of a 1000-segment media playlist; splicing 10 breaks into a
 * 1000-segment VOD (parse, detect, splice, write); a live refresh of a 10-segment window with one
 * break and a cached plan. Run: {@code ./test-harness/bench.sh 'Hls.*' -f 1 -wi 3 -i 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HlsBenchmark {

  private String media1000;
  private String vod1000With10Breaks;
  private String live10;
  private List<SpliceAd> ads;
  private SpliceState liveState;

  @Setup
  public void setUp() throws HlsParseException {
    media1000 = playlist(1000, 0, true);
    vod1000With10Breaks = playlist(1000, 10, true);
    live10 = livePlaylist();
    List<SpliceSegment> segs = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      segs.add(new SpliceSegment("https://ads.example/a/" + i + ".ts", MediaTime.ofMillis(2002)));
    }
    ads = List.of(SpliceAd.of("a1", segs.subList(0, 8)), SpliceAd.of("a2", segs.subList(8, 15)));
    liveState = liveRefresh().state();
  }

  static String playlist(int segments, int breaks, boolean vod) {
    StringBuilder sb = new StringBuilder(segments * 64);
    sb.append("#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:7\n#EXT-X-MEDIA-SEQUENCE:1\n");
    if (vod) {
      sb.append("#EXT-X-PLAYLIST-TYPE:VOD\n");
    }
    int every = breaks == 0 ? Integer.MAX_VALUE : segments / breaks;
    for (int i = 0; i < segments; i++) {
      if (i > 0 && i % every == 0) {
        sb.append("#EXT-X-CUE-OUT:0\n#EXT-X-CUE-IN\n");
      }
      sb.append("#EXTINF:6.006,\nindex_720p1500k_").append(i).append(".ts?m=1676054627\n");
    }
    if (vod) {
      sb.append("#EXT-X-ENDLIST\n");
    }
    return sb.toString();
  }

  static String livePlaylist() {
    StringBuilder sb = new StringBuilder(1024);
    sb.append("#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:7\n#EXT-X-MEDIA-SEQUENCE:398\n");
    for (int i = 0; i < 10; i++) {
      if (i == 3) {
        sb.append("#EXT-OATCLS-SCTE35:/DAlAAAAAyiYAP/wFAUAAAACf+//jPl97P4AUmNiAAEBAQAAse4/gA==\n");
        sb.append("#EXT-X-CUE-OUT:30.030\n");
      } else if (i > 3 && i < 8) {
        sb.append("#EXT-X-CUE-OUT-CONT:ElapsedTime=")
            .append((i - 3) * 6.006)
            .append(",Duration=30.030\n");
      } else if (i == 8) {
        sb.append("#EXT-X-CUE-IN\n");
      }
      sb.append("#EXTINF:6.006,\nindex_1_").append(398 + i).append(".ts?m=1676054627\n");
    }
    return sb.toString();
  }

  @Benchmark
  public String parseWrite1000() throws HlsParseException {
    return HlsWriter.write(HlsParser.parse(media1000, ParseMode.LENIENT));
  }

  @Benchmark
  public String spliceVod1000With10Breaks() throws HlsParseException {
    MediaPlaylist p = HlsParser.parseMedia(vod1000With10Breaks, ParseMode.LENIENT);
    List<CueBreak> breaks = CueDetector.detect(p).breaks();
    List<PlannedBreak> plan = new ArrayList<>(breaks.size());
    for (CueBreak b : breaks) {
      plan.add(PlannedBreak.of(b, ads));
    }
    return HlsSplicer.splice(p, plan, null, SpliceOptions.defaults()).text();
  }

  @Benchmark
  public String liveRefresh10WithCachedPlan() throws HlsParseException {
    MediaPlaylist p = HlsParser.parseMedia(live10, ParseMode.LENIENT);
    List<CueBreak> breaks = CueDetector.detect(p).breaks();
    return HlsSplicer.splice(
            p, List.of(PlannedBreak.of(breaks.get(0), ads)), liveState, SpliceOptions.defaults())
        .text();
  }

  private SpliceResult liveRefresh() throws HlsParseException {
    MediaPlaylist p = HlsParser.parseMedia(live10, ParseMode.LENIENT);
    List<CueBreak> breaks = CueDetector.detect(p).breaks();
    return HlsSplicer.splice(
        p, List.of(PlannedBreak.of(breaks.get(0), ads)), null, SpliceOptions.defaults());
  }
}
