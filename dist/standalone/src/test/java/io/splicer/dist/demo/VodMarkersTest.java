package io.splicer.dist.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class VodMarkersTest {

  private static final String VOD =
      "#EXTM3U\n#EXT-X-TARGETDURATION:2\n#EXTINF:2.000000,\na.ts\n#EXTINF:2.000000,\nb.ts\n"
          + "#EXTINF:2.000000,\nc.ts\n#EXT-X-ENDLIST\n";

  @Test
  void insert_midRollAndPostRoll_markersPrecedeTheirSegments() {
    assertEquals(
        "#EXTM3U\n#EXT-X-TARGETDURATION:2\n#EXTINF:2.000000,\na.ts\n"
            + "#EXT-X-CUE-OUT:0\n#EXT-X-CUE-IN\n#EXTINF:2.000000,\nb.ts\n"
            + "#EXT-X-CUE-OUT:0\n#EXT-X-CUE-IN\n#EXTINF:2.000000,\nc.ts\n#EXT-X-ENDLIST\n",
        VodMarkers.insert(VOD, List.of(1, -1)));
  }

  @Test
  void insert_noTargets_unchanged() {
    assertEquals(VOD, VodMarkers.insert(VOD, List.of()));
  }
}
