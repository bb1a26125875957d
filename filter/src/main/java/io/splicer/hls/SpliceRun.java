package io.splicer.hls;

import io.splicer.hls.HlsProblem.Code;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One splice of a media playlist (confined to one call of {@link HlsSplicer#splice}). */
final class SpliceRun {

  /** Segment-level tags that go away with a replaced content segment. */
  private static final Set<String> SEGMENT_TAGS =
      Set.of(
          "EXTINF",
          "EXT-X-BYTERANGE",
          "EXT-X-DISCONTINUITY",
          "EXT-X-PROGRAM-DATE-TIME",
          "EXT-X-GAP",
          "EXT-X-BITRATE",
          "EXT-X-PART",
          "EXT-X-KEY",
          "EXT-X-MAP");

  private final MediaPlaylist p;
  private final List<HlsLine> lines;
  private final List<MediaSegment> segs;
  private final SpliceOptions options;
  private final UriResolver resolver;
  private final boolean rewriteUris;
  private final List<BreakTimeline> timelines = new ArrayList<>();
  private final BreakTimeline[] replacement;
  private final Map<Integer, BreakTimeline> insertAtLine = new HashMap<>();
  private final Map<Integer, BreakTimeline> postRollAt = new HashMap<>();

  /** The keys of the two maps in ascending order, with cursors (lines are visited in order). */
  private int[] insertLines = new int[0];

  private int[] postRollSegments = new int[0];
  private int nextInsert;
  private int nextPostRoll;
  private final Map<String, String> contentKeys = new LinkedHashMap<>();
  private @Nullable String contentMap;
  private final @Nullable ProgramDateTimes pdt;
  private final PendingLines block = new PendingLines();

  private int line;
  private final List<SpliceResult.Placement> placements = new ArrayList<>();
  private final List<HlsProblem> problems = new ArrayList<>();
  private final SpliceOutput out;
  private final long firstSequence;
  private final long firstDiscontinuity;
  private long targetDuration;
  private long version;
  private boolean hasDiscontinuitySequence;
  private boolean hasMediaSequence;

  SpliceRun(
      MediaPlaylist p,
      List<PlannedBreak> plan,
      long firstSequence,
      long firstDisc,
      SpliceOptions o) {
    this.p = p;
    this.lines = p.lines();
    this.segs = p.segments();
    this.options = o;
    this.resolver = o.resolver();
    this.rewriteUris = resolver != UriResolver.Identity.INSTANCE;
    this.firstSequence = firstSequence;
    this.firstDiscontinuity = firstDisc;
    this.replacement = new BreakTimeline[segs.size()];
    index(plan);
    this.pdt = timelines.isEmpty() ? null : ProgramDateTimes.of(p, problems);
    this.out =
        new SpliceOutput(
            outputCapacity(),
            p.eol(),
            lines instanceof ParsedLines parsed ? parsed : null,
            segs.size(),
            firstSequence);
  }

  private void index(List<PlannedBreak> plan) {
    targetDuration = p.targetDuration().orElse(0);
    version = p.version();
    for (HlsLine l : lines) {
      hasDiscontinuitySequence |= l.isTag("EXT-X-DISCONTINUITY-SEQUENCE");
      hasMediaSequence |= l.isTag("EXT-X-MEDIA-SEQUENCE");
    }
    for (int i = 0; i < plan.size(); i++) {
      BreakTimeline t = new BreakTimeline(i, plan.get(i), p);
      timelines.add(t);
      CueBreak c = t.cue;
      if (c.endSegment() > segs.size() || c.startSegment() >= Math.max(segs.size(), 1)) {
        problems.add(new HlsProblem(Code.PLAN_MISMATCH, 0, c.toString(), "break not in playlist"));
        continue;
      }
      if (c.kind() == CueBreak.Kind.REPLACEMENT) {
        for (int s = c.startSegment(); s < c.endSegment(); s++) {
          replacement[s] = t;
        }
      } else if (c.postRoll()) {
        postRollAt.put(c.startSegment(), t);
      } else {
        insertAtLine.put(c.openLine(), t);
      }
      long longest = (t.longestSegment().micros() + 500_000) / 1_000_000; // RFC 8216 §4.3.3.1
      targetDuration = Math.max(targetDuration, longest);
      version = Math.max(version, requiredVersion(t));
    }
    insertLines = sortedKeys(insertAtLine);
    postRollSegments = sortedKeys(postRollAt);
  }

  private static int[] sortedKeys(Map<Integer, BreakTimeline> map) {
    int[] keys = new int[map.size()];
    int k = 0;
    for (int key : map.keySet()) {
      keys[k++] = key;
    }
    java.util.Arrays.sort(keys);
    return keys;
  }

  /** The break keyed at {@code at} (visited in ascending order), or null: no boxing per line. */
  private static @Nullable BreakTimeline at(
      int at, int[] keys, int cursor, Map<Integer, BreakTimeline> map) {
    return cursor < keys.length && keys[cursor] == at ? map.get(at) : null;
  }

  /** The input's length plus room for the ad lines, so the text is built without regrowing. */
  private int outputCapacity() {
    int extra = 256;
    for (BreakTimeline t : timelines) {
      for (BreakTimeline.Item it : t.items) {
        extra += it.segment().uri().length() + 48; // EXTINF, a share of DISCONTINUITY/KEY/MAP
      }
    }
    int input = lines instanceof ParsedLines parsed ? parsed.source.length() : lines.size() * 48;
    return input + extra;
  }

  // RFC 8216 §7: decimal EXTINF needs 3, IV 2, KEYFORMAT 5, EXT-X-MAP without I-FRAMES-ONLY 6.
  private static long requiredVersion(BreakTimeline t) {
    long v = t.items.isEmpty() ? 1 : 3;
    for (BreakTimeline.Item it : t.items) {
      if (it.ad().mapUri().isPresent()) {
        v = Math.max(v, 6);
      }
      if (it.ad().key().isPresent() && it.ad().key().get().has("KEYFORMAT")) {
        v = Math.max(v, 5);
      }
    }
    return v;
  }

  SpliceResult run() {
    int seg = 0;
    for (int i = 0; i < lines.size(); i++) {
      HlsLine l = lines.get(i);
      line = i;
      if (l.kind() == HlsLine.Kind.URI && seg < segs.size() && segs.get(seg).uriLine() == i) {
        uri(l, seg);
        seg++;
      } else if (l.kind() == HlsLine.Kind.TAG) {
        tag(i, l, seg);
      } else {
        keep(l);
      }
    }
    flush(segs.size() - 1, false);
    return new SpliceResult(out.text(), state(), List.copyOf(placements), problems, out.written);
  }

  private void tag(int i, HlsLine l, int seg) {
    String name = l.name() == null ? "" : l.name();
    while (nextInsert < insertLines.length && insertLines[nextInsert] < i) {
      nextInsert++;
    }
    BreakTimeline insertion = at(i, insertLines, nextInsert, insertAtLine);
    if (insertion != null) {
      if (!dropCue(i, name)) {
        keep(l);
      }
      flush(seg, false);
      ads(insertion, 0, insertion.items.size(), seg);
      return;
    }
    boolean replaced =
        seg < segs.size() && replacement[seg] != null && replacement[seg].replaces(seg);
    if (name == HlsTag.ExtInf.NAME) { // parsed names are interned: the commonest tag, short cut
      if (!replaced) {
        keep(l); // not a cue, no URI, no counter; a segment tag dropped with its segment
      }
      return;
    }
    if (dropCue(i, name)) {
      return;
    }
    switch (name) {
      case "EXT-X-KEY", "EXT-X-MAP" -> {
        l = resolveUriAttribute(l);
        if (name.equals("EXT-X-MAP")) {
          contentMap = l.text();
        } else {
          declareContentKey(l);
        }
      }
      case "EXT-X-PART", "EXT-X-PRELOAD-HINT" -> l = resolveUriAttribute(l);
      default -> {}
    }
    if (replaced && SEGMENT_TAGS.contains(name)) {
      return;
    }
    header(l, name);
  }

  /** Rewrites the playlist-level counters; other lines go to the current block. */
  private void header(HlsLine l, String name) {
    switch (name) {
      case "EXT-X-MEDIA-SEQUENCE" -> {
        keep(value(l, firstSequence, p.mediaSequence()));
        addDiscontinuitySequenceIfMissing();
      }
      case "EXT-X-DISCONTINUITY-SEQUENCE" ->
          keep(value(l, firstDiscontinuity, p.discontinuitySequence()));
      case "EXT-X-TARGETDURATION" -> {
        keep(value(l, targetDuration, p.targetDuration().orElse(0)));
        if (!hasMediaSequence) {
          if (firstSequence != 0) {
            keep(HlsLine.tag("EXT-X-MEDIA-SEQUENCE", Long.toString(firstSequence)));
          }
          addDiscontinuitySequenceIfMissing();
        }
      }
      case "EXT-X-VERSION" -> keep(value(l, version, p.version()));
      default -> keep(l);
    }
  }

  private void addDiscontinuitySequenceIfMissing() {
    // Also when no break is planned but the counters moved (a break slid out of a live window):
    // RFC 8216 §6.2.2 needs the tag then, or players assume 0.
    if (!hasDiscontinuitySequence
        && (!timelines.isEmpty() || firstDiscontinuity != p.discontinuitySequence())) {
      keep(HlsLine.tag("EXT-X-DISCONTINUITY-SEQUENCE", Long.toString(firstDiscontinuity)));
      hasDiscontinuitySequence = true;
    }
  }

  private static HlsLine value(HlsLine l, long wanted, long original) {
    return wanted == original ? l : l.withText("#" + l.name() + ":" + wanted);
  }

  private void uri(HlsLine l, int seg) {
    BreakTimeline t = replacement[seg];
    if (t != null) {
      int k = seg - t.cue.startSegment();
      if (t.replaces(seg)) {
        flush(seg, false);
        ads(t, t.from[k], t.to[k], seg);
        return;
      }
      if (t.from[k] < t.to[k]) {
        // The ads end inside this segment, which is kept whole after them: MediaTailor resumes at
        // the content segment containing the end of the ads (mediatailor-behaviour §3.2 "Remainder
        // after ads (live)", §10 gap 4). Its own tags stay with its URI (RFC 8216 §4.3.2: media
        // segment tags apply to the next URI); header and cue lines go before the ads.
        block.writeLeading(out, seg);
        ads(t, t.from[k], t.to[k], seg);
      }
    }
    boolean resumed = out.lastWasAd;
    if (resumed) {
      resume(seg);
    }
    flush(seg, resumed);
    HlsLine u = rewriteUris ? l.withText(resolver.content(l.uriText())) : l;
    out.segment(u, seg, false, u == l ? line : -1, segs.get(seg).duration());
    while (nextPostRoll < postRollSegments.length && postRollSegments[nextPostRoll] < seg) {
      nextPostRoll++;
    }
    BreakTimeline post = at(seg, postRollSegments, nextPostRoll, postRollAt);
    if (post != null) {
      ads(post, 0, post.items.size(), seg);
    }
  }

  /** Back to content after ads: discontinuity, content key/map re-declared, its PDT. */
  private void resume(int seg) {
    if (!block.writeDiscontinuity(out, seg)) { // its own one marks the return: one tag, not two
      out.discontinuity();
    }
    out.ensure(contentKeys, contentMap);
    OffsetDateTime at = pdt == null ? null : pdt.content(seg);
    if (at != null && segs.get(seg).pdtLine() < 0) {
      out.newLine(ProgramDateTimes.tag(at));
    }
  }

  /** Writes the ad items [from, to) of {@code t}; the block must have been written first. */
  private void ads(BreakTimeline t, int from, int to, int seg) {
    for (int k = from; k < to; k++) {
      BreakTimeline.Item it = t.items.get(k);
      if (it.firstOfAd()) {
        out.discontinuity();
      }
      SpliceAd ad = it.ad();
      Map<String, String> keys =
          ad.key().isPresent()
              ? Map.of(
                  ad.key().get().string("KEYFORMAT").orElse("identity"),
                  "#EXT-X-KEY:" + ad.key().get().render())
              : Map.of();
      out.ensure(
          keys, ad.mapUri().map(u -> "#EXT-X-MAP:URI=" + AttributeList.quote(u)).orElse(null));
      OffsetDateTime at = pdt == null ? null : pdt.ad(t.cue, it.offset());
      if (at != null) {
        out.newLine(ProgramDateTimes.tag(at));
      }
      SpliceResult.Placement placement =
          new SpliceResult.Placement(
              t.planIndex,
              it.adIndex(),
              it.segmentIndex(),
              out.nextSequence,
              it.offset(),
              it.slate(),
              ad.id(),
              it.segment().uri(),
              it.segment().duration());
      out.extInf(it.segment().duration());
      out.segment(HlsLine.uri(resolver.ad(placement)), seg, true, -1, it.segment().duration());
      placements.add(placement);
    }
  }

  private void flush(int seg, boolean dedupe) {
    block.writeTo(out, seg, dedupe);
  }

  /** Adds a line to the block, remembering whether it is the current input line unchanged. */
  private void keep(HlsLine l) {
    block.add(l, l == lines.get(line) ? line : -1);
  }

  /** Cue tags inside a planned break are removed unless marker passthrough keeps them. */
  private boolean dropCue(int line, String name) {
    if (!CueTags.REMOVED.contains(name)
        || (options.markerPassthrough() && CueTags.PASSTHROUGH.contains(name))) {
      return false;
    }
    for (BreakTimeline t : timelines) {
      int close = t.cue.closeLine() < 0 ? Integer.MAX_VALUE : t.cue.closeLine();
      if (line >= t.cue.openLine() && line <= close) {
        return true;
      }
    }
    return false;
  }

  private HlsLine resolveUriAttribute(HlsLine l) {
    if (!rewriteUris) {
      return l;
    }
    AttributeList a = TagCodecs.attributes(l);
    String uri = a.string("URI").orElse(null);
    return uri == null
        ? l
        : l.withText("#" + l.name() + ":" + a.withQuoted("URI", resolver.content(uri)).render());
  }

  private void declareContentKey(HlsLine l) {
    AttributeList a = TagCodecs.attributes(l);
    if ("NONE".equals(a.raw("METHOD"))) {
      contentKeys.clear();
    } else {
      contentKeys.put(a.string("KEYFORMAT").orElse("identity"), l.text());
    }
  }

  private SpliceState state() {
    int n = segs.size();
    IntList sizes = new IntList(out.groupSegments, n);
    IntList discs = new IntList(out.groupDiscontinuities, n);
    return new SpliceState(p.mediaSequence(), firstSequence, firstDiscontinuity, sizes, discs);
  }
}
