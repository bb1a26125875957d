package io.splicer.stitch;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The memoised decision for one break of one session (stored in the session store through {@code
 * SessionManager.decideOnce}, so every rendition and every refresh of the session, on any node,
 * plays the same ads). Small and serializable: which creatives play and for how long, not their
 * segments (each rendition picks its matching creative rendition at splice time).
 *
 * @param ads the ads, in play order
 * @param slateMicros slate after the ads (0 for none)
 * @param joinOffsetMicros break time already elapsed when the session first saw the break (a
 *     mid-break join fills only the remaining time); 0 normally
 * @param abandoned the personalization threshold was exceeded: the break stays content
 * @param failure the ADS failure ({@code "KIND: detail"}), or {@code ""}
 * @param skipped skipped ads as {@code "creativeKey=REASON"}, for logs and the admin view
 * @param breakTracking the VMAP break's {@code breakStart}/{@code breakEnd}/{@code error} tracking
 *     ({@link BreakTracking#NONE} for VAST; a value stored before it existed decodes as NONE:
 *     record serialization fills a missing component with {@code null})
 */
public record AdDecision(
    List<DecidedAd> ads,
    long slateMicros,
    long joinOffsetMicros,
    boolean abandoned,
    String failure,
    List<String> skipped,
    BreakTracking breakTracking)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public AdDecision {
    ads = List.copyOf(ads);
    skipped = List.copyOf(skipped);
    Objects.requireNonNull(failure, "failure");
    if (breakTracking == null) {
      breakTracking = BreakTracking.NONE;
    }
  }

  /** A decision without break tracking. */
  public AdDecision(
      List<DecidedAd> ads,
      long slateMicros,
      long joinOffsetMicros,
      boolean abandoned,
      String failure,
      List<String> skipped) {
    this(ads, slateMicros, joinOffsetMicros, abandoned, failure, skipped, BreakTracking.NONE);
  }

  /** This decision with the break tracking of its VMAP break. */
  public AdDecision withBreakTracking(BreakTracking tracking) {
    return new AdDecision(
        ads, slateMicros, joinOffsetMicros, abandoned, failure, skipped, tracking);
  }

  /** Nothing personalised: the break plays its content. */
  public static AdDecision none(String failure) {
    return new AdDecision(List.of(), 0, 0, false, failure, List.of());
  }

  public boolean isPersonalized() {
    return !ads.isEmpty() || slateMicros > 0;
  }

  /**
   * One ad of the decision.
   *
   * @param adId the VAST ad id (or the creative key)
   * @param creativeKey the creative identity (reference §6 "Creative keying")
   * @param mediaUri the creative's HLS playlist URL
   * @param durationMicros the duration the plan gave it (the creative's playable duration)
   * @param tracking its beacons, error URLs and metadata ({@link AdTracking#NONE} if unknown)
   */
  public record DecidedAd(
      String adId, String creativeKey, String mediaUri, long durationMicros, AdTracking tracking)
      implements Serializable {

    private static final long serialVersionUID = 1L;

    public DecidedAd {
      Objects.requireNonNull(adId, "adId");
      Objects.requireNonNull(creativeKey, "creativeKey");
      Objects.requireNonNull(mediaUri, "mediaUri");
      if (tracking == null) {
        tracking = AdTracking.NONE; // a value stored before tracking was recorded
      }
    }

    /** An ad without tracking facts. */
    public DecidedAd(String adId, String creativeKey, String mediaUri, long durationMicros) {
      this(adId, creativeKey, mediaUri, durationMicros, AdTracking.NONE);
    }
  }

  /**
   * The decision of VOD content without ad markers (one ADS call per session): a VAST response is
   * one pre-roll, a VMAP response gives breaks at its offsets (reference §5 "VOD without markers").
   *
   * @param breaks the breaks, by offset
   * @param failure the ADS failure, or {@code ""}
   * @param overlays the VMAP {@code breakType="nonlinear"} breaks, by offset: nothing is inserted
   *     for them, the tracking JSON lists them under {@code nonLinearAvails} (a value stored before
   *     overlays were kept decodes with none)
   */
  public record VodBreaks(List<VodBreak> breaks, String failure, List<OverlayBreak> overlays)
      implements Serializable {

    private static final long serialVersionUID = 1L;

    public VodBreaks {
      breaks = List.copyOf(breaks);
      Objects.requireNonNull(failure, "failure");
      overlays = overlays == null ? List.of() : List.copyOf(overlays);
    }

    /** Without overlay breaks. */
    public VodBreaks(List<VodBreak> breaks, String failure) {
      this(breaks, failure, List.of());
    }
  }

  /**
   * One VMAP {@code breakType="nonlinear"} break of a VOD decision (VMAP 1.0 §2.3; reference §7.3
   * "Overlay placement"): overlays the player renders, so no segments and no server-side beacons.
   *
   * @param offsetMicros the break's content time (the VMAP offset, not rounded to a segment)
   * @param availId its {@code availId}: the VMAP {@code breakId}, else {@code nonlinear-<n>}
   * @param durationMicros the longest {@code NonLinear@minSuggestedDuration} of its ads (0: none)
   * @param ads its ads with overlays ({@link AdTracking#nonLinearAds()} never empty), in pod order
   * @param breakTracking the break's {@code breakStart}/{@code breakEnd}/{@code error} tracking
   */
  public record OverlayBreak(
      long offsetMicros,
      String availId,
      long durationMicros,
      List<AdTracking> ads,
      BreakTracking breakTracking)
      implements Serializable {

    private static final long serialVersionUID = 1L;

    public OverlayBreak {
      Objects.requireNonNull(availId, "availId");
      ads = ads == null ? List.of() : List.copyOf(ads);
      if (breakTracking == null) {
        breakTracking = BreakTracking.NONE;
      }
    }
  }

  /**
   * One placed VOD break.
   *
   * @param offsetMicros where the ads go on the content timeline (a segment boundary)
   * @param postRoll after the last segment
   * @param decision its ads
   */
  public record VodBreak(long offsetMicros, boolean postRoll, AdDecision decision)
      implements Serializable {

    private static final long serialVersionUID = 1L;
  }
}
