package io.splicer.admin.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.splicer.stitch.AdsInteraction;
import io.splicer.stitch.LiveSession;
import io.splicer.stitch.LiveStats;
import io.splicer.stitch.SessionTimeline;
import java.util.List;

/**
 * JSON of the live view (camelCase; instants ISO-8601 UTC; media times as exact integer
 * microseconds, fields ending in {@code Micros}). The shapes are in {@code openapi.yaml}.
 */
final class LiveJson {

  private LiveJson() {}

  static ObjectNode session(LiveSession s) {
    ObjectNode o = Json.object();
    o.put("id", s.id());
    o.put("configurationName", s.configurationName());
    o.put("assetPath", s.assetPath());
    o.put("protocol", s.protocol());
    o.put("reportingMode", s.reportingMode());
    o.put("createdAt", s.createdAt().toString());
    o.put("lastActivity", s.lastActivity().toString());
    o.put("expiresAt", s.expiresAt().toString());
    o.put("manifestRequests", s.manifestRequests());
    return o;
  }

  static ObjectNode stats(LiveStats s) {
    ObjectNode o = Json.object();
    o.put("activeSessions", s.activeSessions());
    if (s.fillRate().isPresent()) {
      o.put("fillRate", s.fillRate().get());
    } else {
      o.putNull("fillRate");
    }
    o.put("availableMicros", s.availableMicros());
    o.put("filledMicros", s.filledMicros());
    o.put("slateMicros", s.slateMicros());
    o.put("breaksDecided", s.breaksDecided());
    o.put("breaksFilled", s.breaksFilled());
    o.put("adsReturned", s.adsReturned());
    o.put("adsUsed", s.adsUsed());
    o.put("adsSkipped", s.adsSkipped());
    o.put("adsFailures", s.adsFailures());
    ObjectNode stitch = o.putObject("stitch");
    s.stitch().entrySet().stream()
        .sorted(java.util.Map.Entry.comparingByKey())
        .forEach(e -> stitch.put(e.getKey(), e.getValue()));
    return o;
  }

  static ObjectNode interaction(AdsInteraction i) {
    ObjectNode o = Json.object();
    o.put("time", i.time().toString());
    o.put("sessionId", i.sessionId());
    o.put("configurationName", i.configurationName());
    o.put("breakKey", i.breakKey());
    o.put("url", i.url());
    o.put("status", i.status());
    o.put("failure", i.failure());
    o.put("latencyMillis", i.latencyMillis());
    o.put("adsReturned", i.adsReturned());
    strings(o.putArray("usedAdIds"), i.usedAdIds());
    strings(o.putArray("skipped"), i.skipped());
    o.put("availableMicros", i.availableMicros());
    o.put("filledMicros", i.filledMicros());
    o.put("slateMicros", i.slateMicros());
    return o;
  }

  static ObjectNode timeline(SessionTimeline t) {
    ObjectNode o = Json.object();
    o.set("session", session(t.session()));
    if (t.layout().isPresent()) {
      o.set("layout", layout(t.layout().get()));
    } else {
      o.putNull("layout");
    }
    ArrayNode decisions = o.putArray("decisions");
    for (SessionTimeline.StoredDecision d : t.decisions()) {
      ObjectNode n = decisions.addObject();
      n.put("breakKey", d.breakKey());
      if (d.offsetMicros() >= 0) {
        n.put("offsetMicros", d.offsetMicros());
      }
      n.set("decision", decision(d.decision()));
    }
    return o;
  }

  private static ObjectNode layout(SessionTimeline.Layout l) {
    ObjectNode o = Json.object();
    o.put("playlist", l.playlist());
    o.put("stitchedAt", l.stitchedAt().toString());
    o.put("mediaSequence", l.mediaSequence());
    o.put("windowStartMicros", l.windowStartMicros());
    o.put("vod", l.vod());
    o.put("totalMicros", l.totalMicros());
    ArrayNode bands = o.putArray("bands");
    for (SessionTimeline.Band b : l.bands()) {
      ObjectNode n = bands.addObject();
      n.put("kind", b.kind().name());
      n.put("startMicros", b.startMicros());
      n.put("durationMicros", b.durationMicros());
      n.put("adId", b.adId());
      n.put("breakIndex", b.breakIndex());
    }
    ArrayNode breaks = o.putArray("breaks");
    for (SessionTimeline.BreakLayout b : l.breaks()) {
      ObjectNode n = breaks.addObject();
      n.put("index", b.index());
      n.put("kind", b.kind());
      n.put("startMicros", b.startMicros());
      n.put("originMicros", b.originMicros());
      n.put("status", b.status());
      if (b.decision().isPresent()) {
        n.set("decision", decision(b.decision().get()));
      } else {
        n.putNull("decision");
      }
    }
    return o;
  }

  private static ObjectNode decision(SessionTimeline.DecisionSummary d) {
    ObjectNode o = Json.object();
    ArrayNode ads = o.putArray("ads");
    for (SessionTimeline.Ad a : d.ads()) {
      ads.addObject()
          .put("adId", a.adId())
          .put("creativeKey", a.creativeKey())
          .put("durationMicros", a.durationMicros());
    }
    o.put("slateMicros", d.slateMicros());
    strings(o.putArray("skipped"), d.skipped());
    o.put("failure", d.failure());
    o.put("abandoned", d.abandoned());
    return o;
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
