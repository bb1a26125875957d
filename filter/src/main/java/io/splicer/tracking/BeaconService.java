package io.splicer.tracking;

import io.splicer.core.MediaTime;
import io.splicer.core.SessionId;
import io.splicer.session.ClientInfo;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the stitch layer calls: fires the beacons an ad-segment request makes due, and VAST {@code
 * <Error>} beacons for ads that cannot be used. Expands the macros on the caller's thread (cheap,
 * no I/O) and hands the calls to the {@link BeaconDispatcher}; never blocks.
 */
public final class BeaconService {

  private final SegmentBeaconTracker tracker;
  private final BeaconDeduplicator deduplicator;
  private final MacroExpander macros;
  private final BeaconDispatcher dispatcher;

  public BeaconService(
      BeaconDeduplicator deduplicator, MacroExpander macros, BeaconDispatcher dispatcher) {
    this.tracker = new SegmentBeaconTracker(deduplicator);
    this.deduplicator = deduplicator;
    this.macros = macros;
    this.dispatcher = dispatcher;
  }

  /**
   * Server-side reporting for a request of ad segment {@code k} (0-based within the ad): fires the
   * due events not yet fired in this session.
   *
   * @param contentPlayhead the content position of the break, for {@code [CONTENTPLAYHEAD]}
   * @return the events fired (each may have several URLs)
   */
  public List<DueBeacon> onSegmentRequested(
      SessionId session,
      TrackedAd ad,
      int k,
      ClientInfo client,
      @Nullable MediaTime contentPlayhead) {
    List<DueBeacon> due = tracker.onSegmentRequested(session, ad, k);
    for (DueBeacon d : due) {
      MacroValues values =
          new MacroValues(ad.context(), client, contentPlayhead, d.beacon().adOffset(), null);
      for (String url : d.beacon().urls()) {
        send(url, values, client, d.beacon().event());
      }
    }
    return due;
  }

  /**
   * Reports that an ad cannot be used (no supported media file, wrapper timeout or limit, empty
   * wrapper target, duration exceeded, …) to each of its {@code <Error>} URLs with {@code
   * [ERRORCODE]} = {@code iabErrorCode} (VAST 4.3 §2.3.6.3). Fired at most once per session and ad.
   *
   * @return the number of URLs queued (0 if already reported or none)
   */
  public int fireError(
      SessionId session,
      TrackedAd ad,
      int iabErrorCode,
      ClientInfo client,
      @Nullable MediaTime contentPlayhead) {
    if (ad.errorUrls().isEmpty()
        || !deduplicator.firstTime(
            session, SegmentBeaconTracker.KEY_PREFIX + ad.adKey() + "/" + BeaconEvents.ERROR)) {
      return 0;
    }
    return fireError(ad.errorUrls(), ad.context(), iabErrorCode, client, contentPlayhead);
  }

  /**
   * Fires {@code <Error>} URLs without de-duplication (e.g. a VAST response that yielded no ad, so
   * there is no ad key): the caller decides it happens once.
   *
   * @return the number of URLs queued
   */
  public int fireError(
      List<String> errorUrls,
      AdContext ad,
      int iabErrorCode,
      ClientInfo client,
      @Nullable MediaTime contentPlayhead) {
    MacroValues values = new MacroValues(ad, client, contentPlayhead, null, iabErrorCode);
    int queued = 0;
    for (String url : errorUrls) {
      if (send(url, values, client, BeaconEvents.ERROR)) {
        queued++;
      }
    }
    return queued;
  }

  /** The dispatcher's counters, for metrics. */
  public BeaconDispatcher.Stats stats() {
    return dispatcher.stats();
  }

  private boolean send(String template, MacroValues values, ClientInfo client, String event) {
    String url = MacroExpander.collapseSlashes(macros.expand(template.trim(), values));
    return dispatcher.submit(BeaconRequest.of(url, client, event));
  }
}
