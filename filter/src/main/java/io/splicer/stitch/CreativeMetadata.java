package io.splicer.stitch;

import io.splicer.core.MediaTime;
import io.splicer.tracking.Beacon;
import io.splicer.tracking.json.CreativeJson;
import io.splicer.vast.Companion;
import io.splicer.vast.Icon;
import io.splicer.vast.NonLinear;
import io.splicer.vast.NonLinearCreative;
import io.splicer.vast.ResolvedAd;
import io.splicer.vast.Resource;
import io.splicer.vast.TrackingEvent;
import io.splicer.vast.VastExtension;
import io.splicer.vast.Verification;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The creative metadata of the tracking JSON (reference §7.3 "Ad fields": {@code companionAds},
 * {@code icons}, {@code adVerifications}, {@code extensions}; {@code nonLinearAdsList}) taken from
 * a resolved VAST ad, <b>bounded</b>, because it is stored with every decision of every session:
 *
 * <ul>
 *   <li>at most {@value #MAX_ITEMS} companions, icons, verifications, extensions and non-linear ads
 *       per ad, {@value #MAX_ITEMS} resources and tracking events per verification and tracking
 *       events per companion (the rest are dropped, in document order);
 *   <li>a URL longer than {@value #MAX_URL_CHARS} characters is dropped (a cut URL is wrong);
 *   <li>markup ({@code HTMLResource}, {@code AdParameters}, {@code VerificationParameters}) longer
 *       than {@value #MAX_TEXT_CHARS} characters is dropped; extension content is cut to {@value
 *       #MAX_TEXT_CHARS} characters (it is informational).
 * </ul>
 *
 * Stateless.
 */
final class CreativeMetadata {

  static final int MAX_ITEMS = 8;
  static final int MAX_URL_CHARS = 2048;
  static final int MAX_TEXT_CHARS = 4096;

  private CreativeMetadata() {}

  /** VAST 4.1 §3.13: companions with their attributes, resources, clicks and tracking. */
  static List<CreativeJson.CompanionAd> companions(ResolvedAd ad) {
    return capped(ad.companions(), CreativeMetadata::companion);
  }

  private static CreativeJson.CompanionAd companion(Companion c) {
    Companion.Attributes a = c.attributes();
    return new CreativeJson.CompanionAd(
        text(c.adParameters()),
        bounded(c.altText(), MAX_TEXT_CHARS),
        new CreativeJson.CompanionAttributes(
            c.adSlotId(),
            c.apiFramework(),
            a.assetHeight(),
            a.assetWidth(),
            a.expandedHeight(),
            a.expandedWidth(),
            string(c.height()),
            c.id(),
            a.pxratio(),
            a.renderingMode(),
            string(c.width())),
        url(c.clickThrough()),
        c.clickTracking().stream()
            .map(CreativeMetadata::url)
            .filter(u -> u != null)
            .findFirst()
            .orElse(null),
        text(resource(c.resources(), "HTMLResource")),
        url(resource(c.resources(), "IFrameResource")),
        null,
        url(resource(c.resources(), "StaticResource")),
        uriEvents(c.trackingEvents()));
  }

  /** VAST 4.1 §3.16: industry icons. */
  static List<CreativeJson.Icon> icons(ResolvedAd ad) {
    return capped(ad.icons(), CreativeMetadata::icon);
  }

  private static CreativeJson.Icon icon(Icon i) {
    String clickThrough = url(i.clickThrough());
    Resource image = first(i.resources(), "StaticResource");
    return new CreativeJson.Icon(
        new CreativeJson.IconAttributes(
            i.apiFramework(),
            clock(i.duration()),
            string(i.height()),
            clock(i.offset()),
            i.program(),
            i.pxratio(),
            string(i.width()),
            i.xPosition(),
            i.yPosition()),
        text(resource(i.resources(), "HTMLResource")),
        // the listing's iconClickTracking has only an id, which the VAST model does not keep
        clickThrough == null ? null : new CreativeJson.IconClicks(clickThrough, null, List.of()),
        i.viewTracking().stream()
            .map(CreativeMetadata::url)
            .filter(u -> u != null)
            .findFirst()
            .orElse(null),
        url(resource(i.resources(), "IFrameResource")),
        image == null || url(image.value()) == null
            ? null
            : new CreativeJson.StaticResource(image.creativeType(), image.value()));
  }

  /** VAST 4.1 §3.17 (and the VAST 3 {@code Extension type="AdVerifications"} form). */
  static List<CreativeJson.AdVerification> verifications(ResolvedAd ad) {
    return capped(ad.verifications(), CreativeMetadata::verification);
  }

  private static CreativeJson.AdVerification verification(Verification v) {
    List<CreativeJson.ExecutableResource> executables = new ArrayList<>();
    List<CreativeJson.JavaScriptResource> scripts = new ArrayList<>();
    for (Resource r : v.resources()) {
      String uri = url(r.value());
      if (uri == null || executables.size() + scripts.size() >= MAX_ITEMS) {
        continue;
      }
      if (r.kind().equals("ExecutableResource")) {
        executables.add(
            new CreativeJson.ExecutableResource(r.apiFramework(), r.creativeType(), uri, null));
      } else {
        scripts.add(
            new CreativeJson.JavaScriptResource(r.apiFramework(), r.browserOptional(), uri));
      }
    }
    return new CreativeJson.AdVerification(
        executables, scripts, uriEvents(v.trackingEvents()), v.vendor(), text(v.parameters()));
  }

  /** VAST 4.1 §3.18: extensions as {@code type} and content text. */
  static List<CreativeJson.Extension> extensions(ResolvedAd ad) {
    return capped(
        ad.extensions(),
        raw -> {
          VastExtension e = VastExtension.of(raw);
          return new CreativeJson.Extension(e.type(), bounded(e.content(), MAX_TEXT_CHARS));
        });
  }

  /** The ad's {@code NonLinear} overlays (for the avail's {@code nonLinearAdsList}). */
  static List<CreativeJson.NonLinearAd> nonLinearAds(ResolvedAd ad) {
    List<NonLinear> all = new ArrayList<>();
    ad.nonLinear().forEach(c -> all.addAll(c.nonLinears()));
    return capped(all, n -> nonLinear(ad, n));
  }

  /** The tracking events of the ad's {@code NonLinearAds} blocks, as beacons. */
  static List<Beacon> nonLinearBeacons(ResolvedAd ad) {
    List<TrackingEvent> all = new ArrayList<>();
    for (NonLinearCreative c : ad.nonLinear()) {
      all.addAll(c.trackingEvents());
    }
    List<Beacon> out = new ArrayList<>();
    for (TrackingEvent t : all) {
      if (out.size() < MAX_ITEMS && url(t.uri()) != null && !t.event().isBlank()) {
        out.add(new Beacon(t.event(), t.uri(), t.offset()));
      }
    }
    return out;
  }

  private static CreativeJson.NonLinearAd nonLinear(ResolvedAd ad, NonLinear n) {
    Resource image = first(n.resources(), "StaticResource");
    return new CreativeJson.NonLinearAd(
        ad.adId() == null ? "" : ad.adId(),
        text(n.adParameters()),
        ad.adSystem(),
        ad.adTitle(),
        n.apiFramework(),
        url(n.clickThrough()),
        n.clickTracking().stream()
            .map(CreativeMetadata::url)
            .filter(u -> u != null)
            .findFirst()
            .orElse(null),
        null,
        "",
        n.id(),
        "",
        null,
        0,
        n.expandedHeight(),
        n.expandedWidth(),
        string(n.height()),
        text(resource(n.resources(), "HTMLResource")),
        url(resource(n.resources(), "IFrameResource")),
        Boolean.TRUE.equals(n.maintainAspectRatio()),
        n.minSuggestedDuration(),
        Boolean.TRUE.equals(n.scalable()),
        image == null ? null : url(image.value()),
        image == null ? null : image.creativeType(),
        string(n.width()));
  }

  private static List<CreativeJson.UriEvent> uriEvents(List<TrackingEvent> events) {
    List<CreativeJson.UriEvent> out = new ArrayList<>();
    for (TrackingEvent t : events) {
      String uri = url(t.uri());
      if (uri != null && out.size() < MAX_ITEMS) {
        out.add(new CreativeJson.UriEvent(t.event(), uri));
      }
    }
    return out;
  }

  private static <T, R> List<R> capped(List<T> in, Function<T, R> f) {
    List<R> out = new ArrayList<>(Math.min(in.size(), MAX_ITEMS));
    for (int i = 0; i < in.size() && i < MAX_ITEMS; i++) {
      out.add(f.apply(in.get(i)));
    }
    return out;
  }

  private static @Nullable Resource first(List<Resource> resources, String kind) {
    for (Resource r : resources) {
      if (r.kind().equals(kind)) {
        return r;
      }
    }
    return null;
  }

  private static @Nullable String resource(List<Resource> resources, String kind) {
    Resource r = first(resources, kind);
    return r == null ? null : r.value();
  }

  private static @Nullable String url(@Nullable String s) {
    return s == null || s.isBlank() || s.length() > MAX_URL_CHARS ? null : s.strip();
  }

  private static @Nullable String text(@Nullable String s) {
    return s == null || s.length() > MAX_TEXT_CHARS ? null : s;
  }

  private static @Nullable String bounded(@Nullable String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  private static @Nullable String string(@Nullable Integer i) {
    return i == null ? null : i.toString();
  }

  /** A VAST clock value {@code HH:MM:SS.mmm} (VAST 4.1 §3.16.1 Icon duration/offset). */
  static @Nullable String clock(@Nullable MediaTime t) {
    if (t == null) {
      return null;
    }
    long ms = t.micros() / 1000;
    return String.format(
        java.util.Locale.ROOT,
        "%02d:%02d:%02d.%03d",
        ms / 3_600_000,
        ms / 60_000 % 60,
        ms / 1000 % 60,
        ms % 1000);
  }
}
