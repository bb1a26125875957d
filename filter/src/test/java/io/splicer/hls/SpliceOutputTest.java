package io.splicer.hls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpliceOutputTest {

  private static String spliceAll(String text, List<SpliceAd> ads) throws HlsParseException {
    MediaPlaylist p = HlsParser.parseMedia(text, ParseMode.STRICT);
    List<PlannedBreak> plan = new ArrayList<>();
    for (CueBreak b : CueDetector.detect(p).breaks()) {
      plan.add(PlannedBreak.of(b, ads));
    }
    return HlsSplicer.splice(p, plan, null, SpliceOptions.defaults()).text();
  }

  @Test
  void splice_unterminatedLastLineThenPostRoll_terminatorAddedBeforeAds() throws HlsParseException {
    String in =
        "#EXTM3U\r\n#EXT-X-TARGETDURATION:6\r\n#EXT-X-PLAYLIST-TYPE:VOD\r\n#EXTINF:6.0,\r\na.ts\r\n"
            + "#EXTINF:6.0,\r\nb.ts\r\n#EXT-X-CUE-OUT:0\r\n#EXT-X-CUE-IN\r\n#EXTINF:6.0,\r\nc.ts";
    String out = spliceAll(in, List.of(HlsSpliceGoldenTest.ad("ad", 2.002, 0.5)));
    assertEquals(
        "#EXTM3U\r\n#EXT-X-TARGETDURATION:6\r\n#EXT-X-DISCONTINUITY-SEQUENCE:0\r\n"
            + "#EXT-X-PLAYLIST-TYPE:VOD\r\n#EXTINF:6.0,\r\na.ts\r\n"
            + "#EXTINF:6.0,\r\nb.ts\r\n#EXTINF:6.0,\r\nc.ts\r\n#EXT-X-DISCONTINUITY\r\n"
            + "#EXTINF:2.002,\r\nad-1.ts\r\n#EXTINF:0.5,\r\nad-2.ts\r\n",
        out);
  }

  @Test
  void spliceState_countersList_equalToBoxedLists() throws HlsParseException {
    String in = "#EXTM3U\n#EXT-X-TARGETDURATION:6\n#EXTINF:6.0,\na.ts\n#EXTINF:6.0,\nb.ts\n";
    MediaPlaylist p = HlsParser.parseMedia(in, ParseMode.STRICT);
    SpliceState s = HlsSplicer.splice(p, List.of(), null, SpliceOptions.defaults()).state();
    SpliceState boxed = new SpliceState(0, 0, 0, List.of(1, 1), List.of(0, 0));
    assertEquals(boxed, s);
    assertEquals(boxed.hashCode(), s.hashCode());
    assertEquals(List.of(1, 1), s.groupSegments());
  }
}
