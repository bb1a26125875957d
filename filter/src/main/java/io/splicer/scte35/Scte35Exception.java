package io.splicer.scte35;

/** A fatal, classified decode error; converted to a {@link Scte35Problem} by the decoder. */
final class Scte35Exception extends Exception {
  private static final long serialVersionUID = 1L;

  private final Scte35Problem.Kind kind;
  private final String field;

  Scte35Exception(Scte35Problem.Kind kind, String field, String message) {
    super(message, null, false, false);
    this.kind = kind;
    this.field = field;
  }

  Scte35Problem toProblem() {
    return new Scte35Problem(kind, field, getMessage());
  }
}
