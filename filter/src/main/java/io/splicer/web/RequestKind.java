package io.splicer.web;

/** How the filter treats a request; decided from the path before anything runs. */
enum RequestKind {
  /** {@code /v1/master/...}: HLS entry, the filter fetches the origin itself. */
  ENTRY_HLS,
  /** {@code /v1/dash/...}: DASH entry, the filter fetches the origin itself. */
  ENTRY_DASH,
  /** {@code /v1/manifest/...}: a session's personalised HLS media playlist. */
  MEDIA_PLAYLIST,
  /** {@code /v1/session/...}: explicit session initialisation. */
  SESSION_INIT,
  /** {@code /v1/blank/{ms}.vtt}: blank WebVTT segment for subtitle tracks during ads. */
  BLANK_VTT,
  /** {@code /v1/segment/...}: server-side reporting of an ad segment. */
  AD_SEGMENT,
  /** {@code /v1/dashsegment/...}: server-side reporting of a DASH ad Period's segment. */
  DASH_AD_SEGMENT,
  /** {@code /v1/tracking/...}: client-side tracking JSON. */
  TRACKING,
  /** A {@code .m3u8}/{@code .mpd} path: the response is buffered. */
  MANIFEST,
  /** A media segment: never wrapped, streams through in constant memory. */
  SEGMENT,
  /** Anything else: buffered only if the response declares a manifest content type. */
  OTHER
}
