package io.splicer.stitch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chooses, for one content rendition, the creative rendition that plays in it during ads: same
 * video codec family first (avc1/avc3 = H.264, hvc1/hev1 = HEVC, ...), then the nearest bandwidth,
 * then the nearest resolution. Audio renditions get the creative's audio-only rendition; without
 * one, its lowest-bandwidth variant (players demux the audio track of muxed segments: our
 * documented fallback).
 */
final class RenditionMatcher {

  private RenditionMatcher() {}

  static Creative.Rendition forVariant(Creative creative, VariantMap.Rendition content) {
    List<Creative.Rendition> pool = sameFamily(creative.variants(), content.codecs());
    Creative.Rendition best = pool.get(0);
    for (Creative.Rendition r : pool) {
      if (closer(r, best, content)) {
        best = r;
      }
    }
    return best;
  }

  static Creative.Rendition forAudio(Creative creative) {
    if (creative.audio().isPresent()) {
      return creative.audio().get();
    }
    Creative.Rendition lowest = creative.variants().get(0);
    for (Creative.Rendition r : creative.variants()) {
      if (r.bandwidth() < lowest.bandwidth()) {
        lowest = r;
      }
    }
    return lowest;
  }

  private static boolean closer(
      Creative.Rendition r, Creative.Rendition best, VariantMap.Rendition content) {
    long d = Math.abs(r.bandwidth() - content.bandwidth());
    long bestD = Math.abs(best.bandwidth() - content.bandwidth());
    if (d != bestD) {
      return d < bestD;
    }
    long pixels = (long) content.width() * content.height();
    return Math.abs((long) r.width() * r.height() - pixels)
        < Math.abs((long) best.width() * best.height() - pixels);
  }

  private static List<Creative.Rendition> sameFamily(
      List<Creative.Rendition> variants, String contentCodecs) {
    String family = videoFamily(contentCodecs);
    if (family.isEmpty()) {
      return variants;
    }
    List<Creative.Rendition> same = new ArrayList<>();
    for (Creative.Rendition r : variants) {
      String f = videoFamily(r.codecs());
      if (f.equals(family) || f.isEmpty()) {
        same.add(r);
      }
    }
    return same.isEmpty() ? variants : same;
  }

  /** The video codec family of a CODECS value (RFC 6381), or {@code ""} when none is named. */
  static String videoFamily(String codecs) {
    for (String c : codecs.split(",")) {
      String fourcc = c.strip().toLowerCase(Locale.ROOT);
      int dot = fourcc.indexOf('.');
      fourcc = dot < 0 ? fourcc : fourcc.substring(0, dot);
      switch (fourcc) {
        case "avc1", "avc3" -> {
          return "h264";
        }
        case "hvc1", "hev1" -> {
          return "hevc";
        }
        case "dvh1", "dvhe" -> {
          return "dolby-vision";
        }
        case "av01" -> {
          return "av1";
        }
        case "vp09", "vp9" -> {
          return "vp9";
        }
        default -> {}
      }
    }
    return "";
  }
}
