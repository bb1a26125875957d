package io.splicer.dash;

/** How generated Period ids are formed (MediaTailor's documented output, reference §4.2). */
public enum IdScheme {
  /**
   * Live multi-period: ad Periods {@code {originPeriodId}_{n}} (n from 1); the content resuming
   * after the ads keeps {@code {originPeriodId}} (content before an avail that starts inside the
   * Period keeps the origin id and the resumed part becomes {@code {originPeriodId}_e{eventKey}}).
   */
  MULTI_PERIOD,
  /**
   * Single-period origins: content pieces {@code {seconds}.0} (the media time where they start), ad
   * Periods {@code {availSeconds}.0_{n}}, the rest of the avail {@code {availSeconds}.0}.
   */
  SINGLE_PERIOD,
  /**
   * VOD time-based insertion: ad Periods {@code {originPeriodId}_{vmapOffset}_{i}} (i from 0),
   * content pieces {@code {originPeriodId}_{outputStart}}; untouched Periods keep their id.
   */
  VOD_TIME_BASED
}
