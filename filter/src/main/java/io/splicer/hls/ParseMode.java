package io.splicer.hls;

/** Strict (tests: the first problem fails) or lenient (production: problems become warnings). */
public enum ParseMode {
  STRICT,
  LENIENT
}
