package io.splicer.dist.demo;

import io.splicer.core.MediaTime;
import io.splicer.scte35.BreakDuration;
import io.splicer.scte35.Scte35Encoder;
import io.splicer.scte35.SpliceInfoSection;
import io.splicer.scte35.SpliceInsert;
import io.splicer.scte35.SpliceTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** SCTE-35 splice_insert sections for the demo live stream's breaks. */
public final class Scte35Cues {

  private static final long PTS_WRAP = 1L << 33; // SCTE 35 §9.6: 33-bit pts_time

  private Scte35Cues() {}

  /**
   * The {@code 0x...} hex of a splice_insert (out of network, program splice at the segment's PTS,
   * auto-return break of {@link LivePlaylist#BREAK_SEGMENTS} segments) for the break starting at
   * live segment {@code k} (SCTE 35 §9.7.3; RFC 8216 §4.3.2.7.1 SCTE35-OUT).
   */
  public static String spliceOutHex(long k) {
    MediaTime start = MediaTime.ofMicros(LivePlaylist.SEGMENT.micros() * k);
    long pts = Math.floorMod(start.toTicks(90_000), PTS_WRAP);
    long duration =
        MediaTime.ofMicros(LivePlaylist.SEGMENT.micros() * LivePlaylist.BREAK_SEGMENTS)
            .toTicks(90_000);
    SpliceInsert insert =
        SpliceInsert.program(
            k & 0xFFFF_FFFFL,
            true,
            Optional.of(SpliceTime.of(pts)),
            Optional.of(new BreakDuration(true, duration)),
            1);
    byte[] bytes = Scte35Encoder.encode(SpliceInfoSection.of(0, insert, List.of()));
    return "0x" + HexFormat.of().withUpperCase().formatHex(bytes);
  }
}
