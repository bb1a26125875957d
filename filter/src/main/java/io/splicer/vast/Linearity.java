package io.splicer.vast;

/**
 * Which creatives an ad must have to be usable (VAST 4.1 §2.3.1: linear ads play in the stream,
 * non-linear ads are overlays the player renders over the content). A VMAP break of {@code
 * breakType="nonlinear"} (VMAP 1.0 §2.3) asks for non-linear ads; everything else for linear ones.
 */
public enum Linearity {
  /** An InLine ad needs a {@code Linear} creative with a media file (else 201/403). */
  LINEAR,
  /**
   * An InLine ad needs a {@code NonLinearAds} creative (else 201 "expected different linearity").
   */
  NON_LINEAR
}
