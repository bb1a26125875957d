package io.splicer.stitch;

import io.splicer.hls.SpliceResult;
import io.splicer.hls.UriResolver;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * I-frame playlists during ads: creatives carry no I-frame renditions we can splice (they use byte
 * ranges), so each ad segment of an I-frame playlist is marked {@code EXT-X-GAP} (RFC 8216bis
 * §4.4.4.7, version 8): trick play shows nothing for the ad, and its timeline stays aligned with
 * the variants.
 */
final class IframeGaps {

  private static final int GAP_VERSION = 8;

  private IframeGaps() {}

  static String mark(String text, List<SpliceResult.Placement> placements, UriResolver resolver) {
    if (placements.isEmpty()) {
      return text;
    }
    Set<String> adUris = new HashSet<>();
    for (SpliceResult.Placement p : placements) {
      adUris.add(resolver.ad(p));
    }
    String eol = text.contains("\r\n") ? "\r\n" : "\n";
    StringBuilder out = new StringBuilder(text.length() + placements.size() * 12);
    for (String line : text.split("\r?\n", -1)) {
      if (line.startsWith("#EXT-X-VERSION:")) {
        line = "#EXT-X-VERSION:" + Math.max(GAP_VERSION, version(line));
      } else if (!line.startsWith("#") && adUris.contains(line.strip())) {
        out.append("#EXT-X-GAP").append(eol);
      } else if (line.equals("#EXTM3U") && !text.contains("#EXT-X-VERSION:")) {
        out.append(line).append(eol).append("#EXT-X-VERSION:").append(GAP_VERSION).append(eol);
        continue;
      }
      out.append(line).append(eol);
    }
    out.setLength(out.length() - eol.length());
    return out.toString();
  }

  private static long version(String line) {
    try {
      return Long.parseLong(line.substring("#EXT-X-VERSION:".length()).strip());
    } catch (NumberFormatException e) {
      return GAP_VERSION;
    }
  }
}
