package io.splicer.hls;

/** A playlist that cannot be used: carries the classified {@link HlsProblem}. */
public final class HlsParseException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient HlsProblem problem;

  public HlsParseException(HlsProblem problem) {
    super(problem.toString());
    this.problem = problem;
  }

  public HlsProblem problem() {
    return problem;
  }
}
