package io.splicer.stitch;

import io.splicer.ads.AdsResult;
import io.splicer.ads.VodBreakPlacer;
import io.splicer.core.MediaTime;
import io.splicer.session.Session;
import io.splicer.vast.NonLinear;
import io.splicer.vast.NonLinearCreative;
import io.splicer.vast.ResolvedAd;
import io.splicer.vast.VastError;
import java.util.ArrayList;
import java.util.List;

/**
 * The overlay breaks of a VOD decision (VMAP 1.0 §2.3 {@code breakType="nonlinear"}; reference §7.3
 * "Overlay placement"): each placed non-linear break keeps the ads that have overlays, with their
 * bounded metadata ({@link AdTracking#of}: {@code NonLinear}s, {@code NonLinearAds} tracking,
 * impressions), at most {@value #MAX_ADS} ads per break and {@value #MAX_BREAKS} breaks. A break
 * without any overlay is left out and fires its VMAP {@code error} tracking, as a linear break
 * without ads does. Stateless.
 */
final class OverlayDecisions {

  static final int MAX_ADS = CreativeMetadata.MAX_ITEMS;
  static final int MAX_BREAKS = 64;
  static final int MAX_BREAK_ID_CHARS = 128;

  private OverlayDecisions() {}

  /** The overlay breaks of a VMAP result for content of {@code contentDuration}. */
  static List<AdDecision.OverlayBreak> decide(
      Session session, AdsResult r, MediaTime contentDuration, ErrorBeacons errors) {
    List<AdDecision.OverlayBreak> out = new ArrayList<>();
    List<VodBreakPlacer.PlacedOverlay> placed =
        VodBreakPlacer.placeOverlays(r.vmapBreaks(), contentDuration);
    for (int i = 0; i < placed.size() && out.size() < MAX_BREAKS; i++) {
      VodBreakPlacer.PlacedOverlay p = placed.get(i);
      BreakTracking tracking = BreakTracking.of(p.adBreak());
      List<AdTracking> ads = new ArrayList<>();
      MediaTime duration = MediaTime.ZERO;
      for (ResolvedAd ad : p.ads()) {
        AdTracking t = AdTracking.of(ad, null);
        if (!t.nonLinearAds().isEmpty() && ads.size() < MAX_ADS) {
          ads.add(t);
          duration = max(duration, minSuggested(ad));
        }
      }
      if (ads.isEmpty()) {
        errors.vmapBreak(session, "vod-nonlinear@" + p.offset().micros(), tracking, errors(r, p));
        continue;
      }
      out.add(
          new AdDecision.OverlayBreak(
              p.offset().micros(), availId(p, i), duration.micros(), ads, tracking));
    }
    return out;
  }

  /** The VMAP {@code breakId} (when short enough to echo), else {@code nonlinear-<n>}. */
  private static String availId(VodBreakPlacer.PlacedOverlay p, int index) {
    String id = p.adBreak().breakId();
    return id != null && !id.isBlank() && id.strip().length() <= MAX_BREAK_ID_CHARS
        ? id.strip()
        : "nonlinear-" + (index + 1);
  }

  /** The longest {@code NonLinear@minSuggestedDuration} of the ad (VAST 4.1 §3.15.1), or zero. */
  private static MediaTime minSuggested(ResolvedAd ad) {
    MediaTime longest = MediaTime.ZERO;
    for (NonLinearCreative c : ad.nonLinear()) {
      for (NonLinear n : c.nonLinears()) {
        MediaTime t = n.minSuggestedTime();
        if (t != null) {
          longest = max(longest, t);
        }
      }
    }
    return longest;
  }

  private static MediaTime max(MediaTime a, MediaTime b) {
    return b.isAfter(a) ? b : a;
  }

  private static List<VastError> errors(AdsResult r, VodBreakPlacer.PlacedOverlay p) {
    return r.vmapBreaks().stream()
        .filter(v -> v.adBreak() == p.adBreak())
        .findFirst()
        .map(v -> v.resolution().errors())
        .orElse(List.of());
  }
}
