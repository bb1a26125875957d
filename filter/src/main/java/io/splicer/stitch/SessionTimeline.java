package io.splicer.stitch;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The personalised timeline of one session: the layout of the last media playlist stitched for it
 * on this node (content, ad and slate bands in the viewer's time) and every break decision stored
 * for it (read from the session store by key).
 *
 * @param session the session
 * @param layout the last stitched media playlist's layout, if a media playlist was stitched
 * @param decisions the stored break decisions, in the order the breaks were first decided
 */
public record SessionTimeline(
    LiveSession session, Optional<Layout> layout, List<StoredDecision> decisions) {

  public SessionTimeline {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(layout, "layout");
    decisions = List.copyOf(decisions);
  }

  /** What a band of the timeline plays. */
  public enum BandKind {
    CONTENT,
    AD,
    SLATE
  }

  /**
   * One band of the timeline.
   *
   * @param kind content, ad or slate
   * @param startMicros start in the personalised playlist (0 = its first segment)
   * @param durationMicros duration
   * @param adId the ad's id (ads and slate), else {@code ""}
   * @param breakIndex the {@link BreakLayout#index()} it belongs to, or -1 for content outside
   *     breaks
   */
  public record Band(
      BandKind kind, long startMicros, long durationMicros, String adId, int breakIndex) {
    public Band {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(adId, "adId");
    }
  }

  /**
   * One break of the layout.
   *
   * @param index 0-based, in playlist order
   * @param kind {@code REPLACEMENT} (an avail over content) or {@code INSERTION} (ads between
   *     segments)
   * @param startMicros where it starts in the personalised playlist
   * @param originMicros the origin content it replaces (0 for an insertion)
   * @param status {@code PERSONALIZED}, {@code CONTENT} (decided, nothing to play, see the
   *     decision), {@code ABANDONED} (personalization threshold exceeded) or {@code UNDECIDED} (no
   *     decision in time for this request)
   * @param decision its decision, when there is one
   */
  public record BreakLayout(
      int index,
      String kind,
      long startMicros,
      long originMicros,
      String status,
      Optional<DecisionSummary> decision) {
    public BreakLayout {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(decision, "decision");
    }
  }

  /**
   * The layout of one stitched media playlist.
   *
   * @param playlist the media playlist index {@code n} ({@code 0} for a session without a
   *     multivariant playlist, and for the MPD of a DASH session)
   * @param stitchedAt when it was stitched
   * @param mediaSequence the origin's {@code EXT-X-MEDIA-SEQUENCE} (0 = start of a VOD; 0 for DASH)
   * @param windowStartMicros DASH: the MPD time (first Period's start) that band time 0 is; HLS: 0
   * @param vod whether the playlist is complete ({@code EXT-X-ENDLIST})
   * @param totalMicros the personalised playlist's duration
   * @param bands content / ad / slate bands, in order, without gaps
   * @param breaks the breaks
   */
  public record Layout(
      int playlist,
      Instant stitchedAt,
      long mediaSequence,
      long windowStartMicros,
      boolean vod,
      long totalMicros,
      List<Band> bands,
      List<BreakLayout> breaks) {
    public Layout {
      Objects.requireNonNull(stitchedAt, "stitchedAt");
      bands = List.copyOf(bands);
      breaks = List.copyOf(breaks);
    }
  }

  /**
   * A break decision, as stored.
   *
   * @param ads the ads, in play order
   * @param slateMicros slate after the ads
   * @param skipped ads left out, {@code creativeKey=REASON} (URLs masked)
   * @param failure the ADS failure (URLs masked), or {@code ""}
   * @param abandoned the personalization threshold was exceeded
   */
  public record DecisionSummary(
      List<Ad> ads, long slateMicros, List<String> skipped, String failure, boolean abandoned) {
    public DecisionSummary {
      ads = List.copyOf(ads);
      skipped = List.copyOf(skipped);
      Objects.requireNonNull(failure, "failure");
    }

    static DecisionSummary of(AdDecision d) {
      return new DecisionSummary(
          d.ads().stream()
              .map(a -> new Ad(a.adId(), UrlRedactor.text(a.creativeKey()), a.durationMicros()))
              .toList(),
          d.slateMicros(),
          d.skipped().stream().map(UrlRedactor::text).toList(),
          UrlRedactor.text(d.failure()),
          d.abandoned());
    }
  }

  /**
   * One decided ad.
   *
   * @param adId the VAST ad id
   * @param creativeKey the creative identity (URLs masked)
   * @param durationMicros its duration
   */
  public record Ad(String adId, String creativeKey, long durationMicros) {
    public Ad {
      Objects.requireNonNull(adId, "adId");
      Objects.requireNonNull(creativeKey, "creativeKey");
    }
  }

  /**
   * A stored decision of a break key.
   *
   * @param breakKey the key ({@code vod#1} etc. for the breaks of a VOD decision without markers)
   * @param offsetMicros the break's offset on the content timeline when known (VOD without
   *     markers), else -1
   * @param decision the decision
   */
  public record StoredDecision(String breakKey, long offsetMicros, DecisionSummary decision) {
    public StoredDecision {
      Objects.requireNonNull(breakKey, "breakKey");
      Objects.requireNonNull(decision, "decision");
    }
  }
}
