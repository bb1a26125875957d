package io.splicer.scte35;

/** Whether a section starts a break (cue-out), ends one (cue-in), or neither. */
public enum CueKind {
  OUT,
  IN,
  NONE
}
