package io.splicer.hls;

import java.util.List;

/** A parsed playlist: its lines exactly as read plus a model derived from them. */
public sealed interface Playlist permits MediaPlaylist, MultivariantPlaylist {

  /** Every line in order, untouched lines byte-exact (design rule 1). */
  List<HlsLine> lines();

  /** The dominant line terminator, used for new and edited lines. */
  String eol();

  /** Warnings recorded in lenient mode (empty in strict mode, which throws instead). */
  List<HlsProblem> problems();
}
