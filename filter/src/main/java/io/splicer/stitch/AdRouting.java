package io.splicer.stitch;

import io.splicer.hls.SpliceResult;
import io.splicer.session.SessionManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Server-side reporting for one personalised media playlist (reference §7.2): when the session's
 * reporting mode fires beacons, its ad segments are written as {@code /v1/segment/...} URLs ({@link
 * SegmentRef}) so each request can fire the beacons due before redirecting to the real segment; in
 * client mode they point straight at the ad. Also records where the breaks sit ({@link
 * TrackingIndex}) for the tracking JSON. Slate, blank subtitle and I-frame gap segments are never
 * routed: they carry no beacons.
 */
final class AdRouting {

  private static final Logger LOG = LoggerFactory.getLogger(AdRouting.class);
  private static final Set<VariantMap.Kind> ROUTED =
      Set.of(VariantMap.Kind.VARIANT, VariantMap.Kind.AUDIO, VariantMap.Kind.OTHER);

  private final StitchScope scope;
  private final String configName;
  private final boolean enabled;
  private final List<String> refs = new ArrayList<>();
  private final List<List<Integer>> adIndexes = new ArrayList<>();
  private @Nullable String urlPrefix;
  private @Nullable String checkedRef;

  AdRouting(
      StitchScope scope, String configName, VariantMap.Rendition rendition, boolean reporting) {
    this.scope = scope;
    this.configName = configName;
    this.enabled =
        reporting
            && scope.session().reportingMode().serverFiresBeacons()
            && ROUTED.contains(rendition.kind())
            && scope.playlist() >= 0;
  }

  /** Whether ad segments are routed through {@code /v1/segment}. */
  boolean enabled() {
    return enabled;
  }

  /** The next planned break: its reference and the decision index of each spliced ad. */
  void addBreak(String ref, List<Integer> decisionIndexes) {
    refs.add(ref);
    adIndexes.add(List.copyOf(decisionIndexes));
  }

  /** The {@code /v1/segment} URL of an ad segment, or null to write the ad's own URL. */
  @Nullable String url(SpliceResult.Placement p) {
    if (!enabled || p.slate() || p.breakIndex() >= refs.size()) {
      return null;
    }
    List<Integer> ads = adIndexes.get(p.breakIndex());
    if (p.adIndex() >= ads.size()) {
      return null;
    }
    String ref = refs.get(p.breakIndex());
    int ad = ads.get(p.adIndex());
    if (!ref.equals(checkedRef) || p.outputSequence() < 0 || ad < 0 || p.segmentIndex() < 0) {
      // SegmentRef's checks (its regex once per break, not per segment)
      new SegmentRef(scope.playlist(), p.outputSequence(), ref, ad, p.segmentIndex());
      checkedRef = ref;
    }
    if (urlPrefix == null) {
      urlPrefix = SegmentRef.urlPrefix(scope, configName, scope.playlist());
    }
    // SegmentRef#url without a record and URL encoding per segment
    return urlPrefix + p.outputSequence() + "-" + ref + "-" + ad + "-" + p.segmentIndex();
  }

  /** Records the breaks of this playlist in the session's {@link TrackingIndex} if needed. */
  void index(SessionManager sessions, SpliceResult result, boolean vod) {
    Map<String, Long> breaks = new LinkedHashMap<>();
    Map<String, Boolean> postRolls = new LinkedHashMap<>();
    for (SpliceResult.Placement p : result.placements()) {
      if (p.breakIndex() < refs.size()) {
        String ref = refs.get(p.breakIndex());
        breaks.putIfAbsent(ref, p.outputSequence());
        postRolls.put(ref, ref.endsWith("p"));
      }
    }
    var id = scope.session().id();
    Optional<TrackingIndex> current = sessions.counter(id, TrackingIndex.SLOT, TrackingIndex.class);
    if (current.isPresent() && indexed(current.get(), breaks.keySet()) && vod) {
      return;
    }
    if (current.isEmpty() && breaks.isEmpty() && vod) {
      return; // nothing to report yet
    }
    List<TrackingIndex.Seg> window = segments(result);
    try {
      // the state just read is the first compare-and-set candidate: one store read per refresh
      TrackingIndex first = next(current, window, breaks, postRolls);
      if (current.isPresent() && current.get().equals(first)) {
        return; // unchanged: no store write
      }
      if (sessions.compareAndSetCounter(id, TrackingIndex.SLOT, current.orElse(null), first)) {
        return;
      }
      sessions.updateCounter(
          id, TrackingIndex.SLOT, TrackingIndex.class, cur -> next(cur, window, breaks, postRolls));
    } catch (RuntimeException e) {
      LOG.warn("Session [{}]: tracking index not updated: {}", id, e.toString());
    }
  }

  private static TrackingIndex next(
      Optional<TrackingIndex> cur,
      List<TrackingIndex.Seg> window,
      Map<String, Long> breaks,
      Map<String, Boolean> postRolls) {
    TrackingIndex next = TrackingIndex.see(cur.orElse(null), window, breaks, postRolls);
    return next != null ? next : cur.orElseThrow();
  }

  private static boolean indexed(TrackingIndex index, Iterable<String> refs) {
    for (String r : refs) {
      if (index.avail(r) == null) {
        return false;
      }
    }
    return true;
  }

  private static List<TrackingIndex.Seg> segments(SpliceResult result) {
    List<TrackingIndex.Seg> out = new ArrayList<>(result.segments().size());
    for (SpliceResult.Segment s : result.segments()) {
      out.add(new TrackingIndex.Seg(s.sequence(), s.duration().micros()));
    }
    return out;
  }
}
