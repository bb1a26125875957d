package io.splicer.hls;

import io.splicer.core.MediaTime;
import io.splicer.hls.HlsProblem.Code;
import io.splicer.scte35.CueKind;
import io.splicer.scte35.SpliceInfoSection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Finds ad breaks in a media playlist from every marker dialect met in the field
 * (mediatailor-behaviour §3.1): EXT-X-CUE-OUT/-CUE-OUT-CONT/-CUE-IN, EXT-X-DATERANGE with
 * SCTE35-OUT/-IN/-CMD, EXT-OATCLS-SCTE35, EXT-X-SPLICEPOINT-SCTE35, EXT-X-SCTE35, EXT-X-ASSET.
 *
 * <p>Markers of several dialects at the same point are one break; its duration comes from
 * EXT-X-CUE-OUT, else EXT-X-DATERANGE, else the SCTE-35 payload. A break ends at the earliest of
 * its IN marker and the point where its duration is reached. In VOD, {@code EXT-X-CUE-OUT:0}
 * followed by EXT-X-CUE-IN is an insertion point; before the last segment of a VOD with two or more
 * segments it is a post-roll (ad-behavior seed). Stateless; never throws: odd input gives
 * classified warnings.
 */
public final class CueDetector {

  /** Detected breaks in playlist order, and the warnings met. */
  public record Result(List<CueBreak> breaks, List<HlsProblem> problems) {}

  private static final int RANK_SCTE = 1;
  private static final int RANK_DATERANGE = 2;
  private static final int RANK_CUE = 3;

  private CueDetector() {}

  /** Source tag of a break continued from a {@link Running} hint (no marker in the window). */
  public static final String CONTINUED = "CONTINUED";

  /**
   * A break the caller knows to be running at the first segment of a live window although no marker
   * in the window says so (its opening marker slid out and the origin writes no
   * EXT-X-CUE-OUT-CONT).
   *
   * @param elapsedAtStart break time elapsed when the window's first segment starts
   * @param duration the break's signalled duration, if known
   */
  public record Running(MediaTime elapsedAtStart, Optional<MediaTime> duration) {}

  public static Result detect(MediaPlaylist playlist) {
    return new Walk(playlist).run();
  }

  /**
   * As {@link #detect(MediaPlaylist)}, with the window's first segment inside {@code running}: the
   * break opens there and ends at an IN marker, where its duration is reached, or stays open.
   */
  public static Result detect(MediaPlaylist playlist, Running running) {
    Walk w = new Walk(playlist);
    if (!playlist.isVod() && !playlist.segments().isEmpty()) {
      w.running(running);
    }
    return w.run();
  }

  /** A break being built. */
  private static final class Open {
    int start;
    int end = -1;
    int openLine;
    int closeLine = -1;
    boolean zero;
    @Nullable MediaTime duration;
    int rank;
    MediaTime elapsed = MediaTime.ZERO;
    String source = "";
    String id = "";
    Optional<SpliceInfoSection> scte35 = Optional.empty();
    Map<String, String> asset = Map.of();

    void offerDuration(@Nullable MediaTime d, int r) {
      if (d != null && !d.isZero() && r > rank) {
        duration = d;
        rank = r;
      }
    }
  }

  private static final class Walk {
    private final MediaPlaylist p;
    private final boolean vod;
    private final List<Open> done = new ArrayList<>();
    private final List<HlsProblem> problems = new ArrayList<>();
    private @Nullable Open open;
    private int segment;
    private int line;
    private Map<String, String> pendingAsset = Map.of();

    /** SCTE-35 payloads decoded in this walk: live windows repeat the same one on many lines. */
    private @Nullable Map<String, Optional<SpliceInfoSection>> decoded;

    Walk(MediaPlaylist p) {
      this.p = p;
      this.vod = p.isVod();
    }

    /** Opens the break already running at the first segment. */
    void running(Running r) {
      Open o = new Open();
      o.start = 0;
      o.openLine = p.segments().get(0).firstLine();
      o.elapsed = r.elapsedAtStart();
      o.duration = r.duration().orElse(null);
      o.rank = RANK_SCTE; // any marker in the window ranks above
      o.source = CONTINUED;
      open = o;
    }

    Result run() {
      List<HlsLine> lines = p.lines();
      List<MediaSegment> segs = p.segments();
      for (line = 0; line < lines.size(); line++) {
        HlsLine l = lines.get(line);
        if (l.isUri()) {
          if (segment < segs.size() && segs.get(segment).uriLine() == line) {
            segment++; // URI lines the parser did not take as segments are not counted
          }
        } else if (l.isTag()) {
          tag(l);
        }
      }
      if (open != null) {
        done.add(open);
      }
      List<CueBreak> breaks = new ArrayList<>(done.size());
      for (Open o : done) {
        CueBreak b = finish(o);
        if (b != null) {
          breaks.add(b);
        }
      }
      return new Result(List.copyOf(breaks), List.copyOf(problems));
    }

    private void tag(HlsLine l) {
      String name = l.name();
      if (name == null) {
        return;
      }
      switch (name) {
        case CueTags.CUE_OUT -> cueOut(l);
        case CueTags.CUE_OUT_CONT -> cueOutCont(l);
        case CueTags.CUE_IN -> close(l, "");
        case CueTags.DATERANGE -> dateRange(l);
        case CueTags.OATCLS, CueTags.SPLICEPOINT -> scte35(l, l.value(), name, null);
        case CueTags.SCTE35 -> extScte35(l);
        case CueTags.ASSET -> asset(l);
        default -> {}
      }
    }

    private void cueOut(HlsLine l) {
      CueValues.Duration d = CueValues.cueOut(l.value());
      if (d.invalid()) {
        warn(Code.UNSUPPORTED_CUE_DURATION, "CUE-OUT duration is not decimal seconds", l);
      }
      boolean zero = d.isZero();
      if (zero && !vod) {
        warn(Code.UNSUPPORTED_CUE_DURATION, "zero-duration CUE-OUT in a live playlist", l);
      }
      Open o = openAt(l, CueTags.CUE_OUT);
      o.source = CueTags.CUE_OUT;
      o.zero = zero && vod;
      o.offerDuration(d.value(), RANK_CUE);
    }

    /** A continuation opens a break only when the window starts inside it (mid-break join). */
    private void cueOutCont(HlsLine l) {
      if (open != null) {
        if (open.duration == null) { // only then is the continuation read at all
          open.offerDuration(CueValues.cueOutCont(l.value()).duration().value(), RANK_SCTE);
        }
        return;
      }
      CueValues.Cont c = CueValues.cueOutCont(l.value());
      Open o = openAt(l, CueTags.CUE_OUT_CONT);
      o.elapsed = c.elapsed().value() == null ? MediaTime.ZERO : c.elapsed().value();
      o.offerDuration(c.duration().value(), RANK_CUE);
      o.scte35 = scte35(c.scte35());
    }

    private void dateRange(HlsLine l) {
      AttributeList a = TagCodecs.attributes(l);
      String id = a.string("ID").orElse("");
      if (a.has("SCTE35-OUT")) {
        Open o = openAt(l, CueTags.DATERANGE, id);
        if (o.id.isEmpty()) {
          o.id = id;
        }
        if (!CueTags.CUE_OUT.equals(o.source)) {
          o.source = CueTags.DATERANGE;
        }
        if (o.scte35.isEmpty()) {
          o.scte35 = scte35(a.raw("SCTE35-OUT"));
        }
        Optional<MediaTime> d = a.seconds("DURATION").or(() -> a.seconds("PLANNED-DURATION"));
        o.offerDuration(d.orElse(null), RANK_DATERANGE);
      } else if (a.has("SCTE35-IN")) {
        close(l, id);
      } else if (a.has("SCTE35-CMD")) {
        scte35(l, a.raw("SCTE35-CMD"), CueTags.DATERANGE, id);
      } else if (open != null && !id.isEmpty() && id.equals(open.id)) {
        if (a.has("END-DATE") || a.has("DURATION")) {
          close(l, id); // the end DATERANGE of a pair (ad-id-manifest-hls)
        }
      }
    }

    private void extScte35(HlsLine l) {
      AttributeList a = TagCodecs.attributes(l);
      if (a.yes("CUE-OUT")) {
        Open o = openAt(l, CueTags.SCTE35);
        o.offerDuration(a.seconds("DURATION").orElse(null), RANK_SCTE);
        if (o.scte35.isEmpty()) {
          o.scte35 = scte35(a.raw("CUE"));
        }
      } else if (a.yes("CUE-IN")) {
        close(l, "");
      } else {
        scte35(l, a.raw("CUE"), CueTags.SCTE35, null);
      }
    }

    /** A bare SCTE-35 payload: splice_insert out/in, or segmentation type 0x34/0x35 etc. */
    private void scte35(HlsLine l, @Nullable String payload, String source, @Nullable String id) {
      Optional<SpliceInfoSection> s = scte35(payload);
      if (s.isEmpty()) {
        warn(Code.INVALID_SCTE35, "SCTE-35 payload cannot be decoded", l);
        return;
      }
      CueKind kind = s.get().cueKind();
      if (kind == CueKind.OUT) {
        if (open != null && open.start != segment) {
          return; // a repeat inside a break already open
        }
        Open o = openAt(l, source, id == null ? "" : id);
        if (o.scte35.isEmpty()) {
          o.scte35 = s;
        }
        o.offerDuration(s.get().breakDuration().orElse(null), RANK_SCTE);
      } else if (kind == CueKind.IN) {
        close(l, id == null ? "" : id);
      }
    }

    private Optional<SpliceInfoSection> scte35(@Nullable String payload) {
      if (payload == null) {
        return Optional.empty();
      }
      if (decoded == null) {
        decoded = new HashMap<>(4);
      }
      return decoded.computeIfAbsent(payload, CueValues::scte35);
    }

    private void asset(HlsLine l) {
      pendingAsset = CueValues.asset(l.value());
      if (open != null && open.start == segment && open.asset.isEmpty()) {
        open.asset = pendingAsset;
      }
    }

    private Open openAt(HlsLine l, String source) {
      return openAt(l, source, "");
    }

    /** The break opening at this segment: merges dialects, or closes a previous one. */
    private Open openAt(HlsLine l, String source, String id) {
      if (open != null && open.start == segment) {
        return open; // same point in another dialect (e.g. OATCLS next to CUE-OUT)
      }
      if (open != null) {
        warn(Code.UNMATCHED_CUE_OUT, "new break before the previous one ended", l);
        open.end = segment;
        open.closeLine = line - 1;
        done.add(open);
      }
      Open o = new Open();
      o.start = segment;
      o.openLine = line;
      o.source = source;
      o.id = id;
      o.asset = pendingAsset;
      pendingAsset = Map.of();
      open = o;
      return o;
    }

    private void close(HlsLine l, String id) {
      Open o = open;
      if (o == null) {
        Open last = done.isEmpty() ? null : done.get(done.size() - 1);
        if (last != null && last.end == segment) {
          last.closeLine = line; // the same IN in another dialect
        } else {
          warn(Code.CUE_WITHOUT_BREAK, "IN marker without an open break", l);
        }
        return;
      }
      if (!id.isEmpty() && !o.id.isEmpty() && !id.equals(o.id)) {
        warn(Code.CUE_WITHOUT_BREAK, "IN marker for another break ID", l);
        return;
      }
      o.end = segment;
      o.closeLine = line;
      open = null;
      Open last = done.isEmpty() ? null : done.get(done.size() - 1);
      if (o.zero && o.start == segment && last != null && last.zero && last.end == o.start) {
        // RFC-less VOD idiom: stacked CUE-OUT:0/CUE-IN pairs with no segment between them are
        // invalid per the ad-behavior seed; they count as one insertion point.
        warn(Code.STACKED_INSERTION_POINTS, "stacked CUE-OUT:0/CUE-IN pairs: one insertion", l);
        last.closeLine = line;
        return;
      }
      done.add(o);
    }

    private @Nullable CueBreak finish(Open o) {
      int n = p.segments().size();
      boolean closed = o.end >= 0;
      int end = closed ? o.end : n;
      boolean insertion = o.zero && end == o.start;
      if (insertion) {
        return insertion(o, n);
      }
      if (o.duration != null) {
        int byDuration = endByDuration(o, end);
        if (byDuration >= 0) {
          end = byDuration;
          closed = true;
        }
      }
      if (!closed && vod) {
        problems.add(problem(Code.UNMATCHED_CUE_OUT, "break without end in VOD", o.openLine));
      }
      if (end <= o.start) {
        problems.add(problem(Code.CUE_WITHOUT_BREAK, "break without segments", o.openLine));
        return null;
      }
      return build(o, CueBreak.Kind.REPLACEMENT, o.start, end, closed, false);
    }

    private @Nullable CueBreak insertion(Open o, int n) {
      if (n == 0) {
        problems.add(
            problem(Code.CUE_WITHOUT_BREAK, "insertion point without segments", o.openLine));
        return null;
      }
      int at = Math.min(o.start, n - 1);
      boolean post = o.start >= n || (at == n - 1 && n >= 2);
      return build(o, CueBreak.Kind.INSERTION, at, at, true, post);
    }

    /** First segment whose break time reaches the duration, or -1 if not within [start, end). */
    private int endByDuration(Open o, int end) {
      long target = o.duration == null ? Long.MAX_VALUE : o.duration.micros();
      long t = o.elapsed.micros();
      List<MediaSegment> segs = p.segments();
      for (int j = o.start; j < end; j++) {
        if (t >= target) {
          return j;
        }
        t += segs.get(j).duration().micros();
      }
      return t >= target && end == segs.size() ? end : -1;
    }

    private CueBreak build(
        Open o, CueBreak.Kind kind, int start, int end, boolean closed, boolean post) {
      String id = o.id;
      if (id.isEmpty() && o.scte35.isPresent() && o.scte35.get().eventId().isPresent()) {
        id = Long.toString(o.scte35.get().eventId().getAsLong());
      }
      return new CueBreak(
          kind,
          start,
          end,
          closed,
          post,
          Optional.ofNullable(o.duration),
          o.elapsed,
          o.openLine,
          o.closeLine,
          o.source,
          id,
          o.scte35,
          o.asset);
    }

    private void warn(Code code, String detail, HlsLine l) {
      problems.add(new HlsProblem(code, line + 1, l.text(), detail));
    }

    private HlsProblem problem(Code code, String detail, int lineIndex) {
      return new HlsProblem(code, lineIndex + 1, p.lines().get(lineIndex).text(), detail);
    }
  }
}
