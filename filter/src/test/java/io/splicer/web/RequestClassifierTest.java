package io.splicer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.splicer.stitch.ManifestType;
import org.junit.jupiter.api.Test;

class RequestClassifierTest {

  @Test
  void classify_entryPrefixes_areEntries() {
    assertEquals(RequestKind.ENTRY_HLS, RequestClassifier.classify("/v1/master/h/c/a.m3u8"));
    assertEquals(RequestKind.ENTRY_DASH, RequestClassifier.classify("/v1/dash/h/c/a.mpd"));
  }

  @Test
  void classify_adSegmentRoutes_ownKinds() {
    assertEquals(
        RequestKind.AD_SEGMENT, RequestClassifier.classify("/v1/segment/h/c/s/0/1-v1-0-0"));
    assertEquals(
        RequestKind.DASH_AD_SEGMENT,
        RequestClassifier.classify("/v1/dashsegment/h/c/s/p1/p1_1/v_1.m4s"));
    assertEquals(
        RequestKind.ENTRY_DASH, RequestClassifier.classify("/v1/dash/h/c/dashsegment.mpd"));
  }

  @Test
  void classify_manifestExtensions_caseInsensitiveAndPathParams_areManifests() {
    assertEquals(RequestKind.MANIFEST, RequestClassifier.classify("/a/b/INDEX.M3U8"));
    assertEquals(RequestKind.MANIFEST, RequestClassifier.classify("/a/x.mpd;jsessionid=1"));
  }

  @Test
  void classify_mediaExtensions_areSegments() {
    for (String p : new String[] {"/s.ts", "/v/seg_1.m4s", "/init.mp4", "/a.aac", "/sub.vtt"}) {
      assertEquals(RequestKind.SEGMENT, RequestClassifier.classify(p), p);
    }
  }

  @Test
  void classify_noOrUnknownExtension_isOther() {
    assertEquals(RequestKind.OTHER, RequestClassifier.classify("/live/playlist"));
    assertEquals(RequestKind.OTHER, RequestClassifier.classify("/dir.m3u8/file"));
    assertEquals(RequestKind.OTHER, RequestClassifier.classify("/index.html"));
  }

  @Test
  void manifestTypeOf_allDocumentedTypes_withParametersAndCase() {
    assertEquals(
        ManifestType.HLS,
        RequestClassifier.manifestTypeOf("application/vnd.apple.mpegurl; charset=UTF-8"));
    assertEquals(ManifestType.HLS, RequestClassifier.manifestTypeOf("application/x-mpegURL"));
    assertEquals(ManifestType.HLS, RequestClassifier.manifestTypeOf("audio/mpegurl"));
    assertEquals(ManifestType.DASH, RequestClassifier.manifestTypeOf("Application/Dash+XML"));
    assertNull(RequestClassifier.manifestTypeOf("text/plain"));
    assertNull(RequestClassifier.manifestTypeOf(null));
  }

  @Test
  void manifestType_unknownTypeOnManifestPath_fallsBackToExtension() {
    assertEquals(ManifestType.DASH, RequestClassifier.manifestType("/x.mpd", "application/xml"));
    assertEquals(ManifestType.HLS, RequestClassifier.manifestType("/x.m3u8", null));
    assertNull(RequestClassifier.manifestType("/x.json", "application/json"));
  }
}
