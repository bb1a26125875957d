package io.splicer.web;

import io.splicer.stitch.ManifestType;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Classifies requests by path and responses by content type (design.md rule 8). */
final class RequestClassifier {

  static final String HLS_ENTRY = "/v1/master/";
  static final String DASH_ENTRY = "/v1/dash/";
  static final String MEDIA_PLAYLIST = "/v1/manifest/";
  static final String SESSION_INIT = "/v1/session/";
  static final String BLANK_VTT = "/v1/blank/";
  static final String AD_SEGMENT = "/v1/segment/";
  static final String DASH_AD_SEGMENT = "/v1/dashsegment/";
  static final String TRACKING = "/v1/tracking/";

  private static final Set<String> SEGMENT_EXTENSIONS =
      Set.of(
          "ts", "m4s", "mp4", "m4a", "m4v", "m4f", "mp4a", "aac", "ac3", "ec3", "mp3", "vtt",
          "webvtt", "srt", "ttml", "dfxp", "cmfv", "cmfa", "cmft", "key", "bin", "jpg", "jpeg",
          "png", "webm", "mkv", "mov", "ismv", "isma");

  /** RFC 8216 §4 / Apple, and ISO/IEC 23009-1 Annex C media types. */
  private static final Set<String> HLS_TYPES =
      Set.of("application/vnd.apple.mpegurl", "application/x-mpegurl", "audio/mpegurl");

  private static final Set<String> DASH_TYPES = Set.of("application/dash+xml");

  private RequestClassifier() {}

  /** Classifies a context-relative request path. */
  static RequestKind classify(String path) {
    if (path.startsWith(HLS_ENTRY)) {
      return RequestKind.ENTRY_HLS;
    }
    if (path.startsWith(DASH_ENTRY)) {
      return RequestKind.ENTRY_DASH;
    }
    if (path.startsWith(MEDIA_PLAYLIST)) {
      return RequestKind.MEDIA_PLAYLIST;
    }
    if (path.startsWith(SESSION_INIT)) {
      return RequestKind.SESSION_INIT;
    }
    if (path.startsWith(BLANK_VTT)) {
      return RequestKind.BLANK_VTT;
    }
    if (path.startsWith(AD_SEGMENT)) {
      return RequestKind.AD_SEGMENT;
    }
    if (path.startsWith(DASH_AD_SEGMENT)) {
      return RequestKind.DASH_AD_SEGMENT;
    }
    if (path.startsWith(TRACKING)) {
      return RequestKind.TRACKING;
    }
    String ext = extension(path);
    if (ext.equals("m3u8") || ext.equals("mpd")) {
      return RequestKind.MANIFEST;
    }
    return SEGMENT_EXTENSIONS.contains(ext) ? RequestKind.SEGMENT : RequestKind.OTHER;
  }

  /** The manifest type of a response, from its content type first and its path second. */
  static @Nullable ManifestType manifestType(String path, @Nullable String contentType) {
    ManifestType byType = manifestTypeOf(contentType);
    if (byType != null) {
      return byType;
    }
    String ext = extension(path);
    if (ext.equals("m3u8")) {
      return ManifestType.HLS;
    }
    return ext.equals("mpd") ? ManifestType.DASH : null;
  }

  /** The manifest type a content type declares, or {@code null}. */
  static @Nullable ManifestType manifestTypeOf(@Nullable String contentType) {
    if (contentType == null) {
      return null;
    }
    int semi = contentType.indexOf(';');
    String mime =
        (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    if (HLS_TYPES.contains(mime)) {
      return ManifestType.HLS;
    }
    return DASH_TYPES.contains(mime) ? ManifestType.DASH : null;
  }

  /** Lower-case extension of the last path segment, without path parameters. */
  static String extension(String path) {
    int semi = path.indexOf(';');
    String p = semi < 0 ? path : path.substring(0, semi);
    int slash = p.lastIndexOf('/');
    int dot = p.lastIndexOf('.');
    return dot > slash ? p.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }
}
