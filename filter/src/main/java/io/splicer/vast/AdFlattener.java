package io.splicer.vast;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Flattens an InLine ad and the Wrappers above it into a {@link ResolvedAd}: the InLine's first
 * Linear creative, with the impressions, error URLs, linear tracking events, click tracking,
 * verifications and extensions of every Wrapper merged in (VAST 4.3 §2.3.4: a Wrapper's tracking is
 * fired together with the InLine's). InLine's first, then the Wrappers' from the innermost out.
 */
final class AdFlattener {

  private AdFlattener() {}

  /**
   * @param wrappers the Wrapper ads of the chain, outermost first
   */
  static ResolvedAd flatten(
      VastAd inline,
      VastCreative creative,
      List<VastAd> wrappers,
      List<String> chainUris,
      @Nullable Integer sequence,
      int group) {
    LinearCreative linear = creative.linear();
    List<VastAd> innermostFirst = new ArrayList<>(wrappers);
    java.util.Collections.reverse(innermostFirst);
    List<String> impressions = new ArrayList<>(inline.impressions());
    List<String> errors = new ArrayList<>(inline.errorUrls());
    List<TrackingEvent> tracking = new ArrayList<>(linear.trackingEvents());
    List<String> clicks = new ArrayList<>(linear.videoClicks().clickTracking());
    List<Verification> verifications = new ArrayList<>(inline.verifications());
    List<String> extensions = new ArrayList<>(inline.extensions());
    extensions.addAll(creative.extensions());
    for (VastAd w : innermostFirst) {
      impressions.addAll(w.impressions());
      errors.addAll(w.errorUrls());
      verifications.addAll(w.verifications());
      extensions.addAll(w.extensions());
      for (VastCreative c : w.creatives()) {
        if (c.linear() != null) {
          tracking.addAll(c.linear().trackingEvents());
          clicks.addAll(c.linear().videoClicks().clickTracking());
        }
      }
    }
    List<Companion> companions = new ArrayList<>();
    List<NonLinearCreative> nonLinear = new ArrayList<>();
    for (VastCreative c : inline.creatives()) {
      companions.addAll(c.companions());
      if (c.nonLinear() != null) {
        nonLinear.add(c.nonLinear());
      }
    }
    return new ResolvedAd(
        inline.id(),
        sequence,
        group,
        inline.adSystem(),
        inline.adTitle(),
        creative.id(),
        creative.adId(),
        creative.universalAdIds(),
        linear.duration(),
        linear.skipOffset(),
        linear.mediaFiles(),
        linear.mezzanines(),
        linear.interactiveCreativeFiles(),
        tracking,
        impressions,
        errors,
        linear.videoClicks().clickThrough(),
        clicks,
        companions,
        nonLinear,
        linear.icons(),
        verifications,
        extensions,
        linear.adParameters(),
        chainUris);
  }

  /**
   * Flattens an overlay ad (a non-linear break, VMAP 1.0 §2.3): the InLine's first {@code
   * NonLinearAds} creative, then one block per Wrapper {@code NonLinearAds} with the Wrapper's
   * tracking events and its {@code NonLinearClickTracking} as {@code clickTracking} events (VAST
   * 4.1 §2.3.4: a Wrapper's tracking is fired together with the InLine's); the Wrappers'
   * impressions, error URLs, verifications and extensions as for linear ads. No media files, no
   * duration.
   */
  static ResolvedAd flattenNonLinear(
      VastAd inline,
      VastCreative creative,
      List<VastAd> wrappers,
      List<String> chainUris,
      @Nullable Integer sequence,
      int group) {
    List<VastAd> innermostFirst = new ArrayList<>(wrappers);
    java.util.Collections.reverse(innermostFirst);
    List<String> impressions = new ArrayList<>(inline.impressions());
    List<String> errors = new ArrayList<>(inline.errorUrls());
    List<Verification> verifications = new ArrayList<>(inline.verifications());
    List<String> extensions = new ArrayList<>(inline.extensions());
    extensions.addAll(creative.extensions());
    List<NonLinearCreative> nonLinear = new ArrayList<>();
    nonLinear.add(creative.nonLinear());
    for (VastAd w : innermostFirst) {
      impressions.addAll(w.impressions());
      errors.addAll(w.errorUrls());
      verifications.addAll(w.verifications());
      extensions.addAll(w.extensions());
      for (VastCreative c : w.creatives()) {
        if (c.nonLinear() != null) {
          nonLinear.add(wrapperTracking(c.nonLinear()));
        }
      }
    }
    return new ResolvedAd(
        inline.id(),
        sequence,
        group,
        inline.adSystem(),
        inline.adTitle(),
        creative.id(),
        creative.adId(),
        creative.universalAdIds(),
        null,
        null,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        impressions,
        errors,
        null,
        List.of(),
        List.of(),
        nonLinear,
        List.of(),
        verifications,
        extensions,
        null,
        chainUris);
  }

  /** A Wrapper's {@code NonLinearAds}: its tracking events and click tracking, no overlays. */
  private static NonLinearCreative wrapperTracking(NonLinearCreative w) {
    List<TrackingEvent> events = new ArrayList<>(w.trackingEvents());
    for (NonLinear n : w.nonLinears()) {
      for (String url : n.clickTracking()) {
        events.add(new TrackingEvent("clickTracking", url, null));
      }
    }
    return new NonLinearCreative(List.of(), events);
  }

  /** The first creative with {@code NonLinearAds}, or {@code null}. */
  static @Nullable VastCreative firstNonLinear(VastAd ad) {
    for (VastCreative c : ad.creatives()) {
      if (c.nonLinear() != null) {
        return c;
      }
    }
    return null;
  }

  /** The first creative with a Linear, or {@code null}. */
  static @Nullable VastCreative firstLinear(VastAd ad) {
    for (VastCreative c : ad.creatives()) {
      if (c.linear() != null) {
        return c;
      }
    }
    return null;
  }

  /** Error URLs of the ad and of the chain above it (innermost first). */
  static List<String> errorUrls(VastAd ad, List<VastAd> wrappers) {
    List<String> out = new ArrayList<>(ad.errorUrls());
    for (int i = wrappers.size() - 1; i >= 0; i--) {
      if (wrappers.get(i) != ad) {
        out.addAll(wrappers.get(i).errorUrls());
      }
    }
    return out;
  }
}
