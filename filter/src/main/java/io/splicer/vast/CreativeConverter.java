package io.splicer.vast;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Converts the creative bindings into the domain records. */
final class CreativeConverter {

  private final Lenient lenient;

  CreativeConverter(Lenient lenient) {
    this.lenient = lenient;
  }

  List<VastCreative> creatives(CreativeXml.Creatives creatives, String path, boolean inLine) {
    List<VastCreative> out = new ArrayList<>(creatives.creatives.size());
    int i = 0;
    for (CreativeXml.Creative c : creatives.creatives) {
      out.add(creative(c, path + "/Creative[" + ++i + "]", inLine));
    }
    return out;
  }

  private VastCreative creative(CreativeXml.Creative c, String path, boolean inLine) {
    List<UniversalAdId> ids = new ArrayList<>();
    for (VastXml.Txt u : c.universalAdIds) {
      String value = Lenient.text(u);
      if (value == null) {
        value = Lenient.trim(u.idValue); // VAST 4.0 put the value in an attribute
      }
      String registry = Lenient.trim(u.idRegistry);
      ids.add(
          new UniversalAdId(registry == null ? "unknown" : registry, value == null ? "" : value));
    }
    String adId = Lenient.trim(c.adId);
    return new VastCreative(
        Lenient.trim(c.id),
        adId != null ? adId : Lenient.trim(c.legacyAdId),
        lenient.integer(c.sequence, path + "@sequence"),
        ids,
        c.linear == null ? null : linear(c.linear, path + "/Linear", inLine),
        c.nonLinearAds == null ? null : nonLinear(c.nonLinearAds, path),
        c.companionAds == null ? List.of() : companions(c.companionAds, path),
        VastConverter.extensions(c.extensions));
  }

  private LinearCreative linear(CreativeXml.Linear l, String path, boolean inLine) {
    CreativeXml.MediaFiles files = l.mediaFiles;
    String duration = Lenient.text(l.duration);
    if (duration == null && inLine) {
      // VAST 4.3 §3.8.1: Duration is required in an InLine Linear (a Wrapper's has none)
      lenient.issue(path + ": missing required [Duration]");
    }
    return new LinearCreative(
        lenient.clock(duration, path + "/Duration"),
        Lenient.trim(l.skipoffset),
        files == null ? List.of() : mediaFiles(files.mediaFiles, path),
        files == null ? List.of() : mezzanines(files.mezzanines, path),
        files == null ? List.of() : interactive(files.interactiveCreativeFiles, path),
        tracking(l.trackingEvents),
        videoClicks(l.videoClicks),
        l.icons == null ? List.of() : icons(l.icons, path),
        Lenient.text(l.adParameters));
  }

  private List<MediaFile> mediaFiles(List<CreativeXml.MediaFile> files, String path) {
    List<MediaFile> out = new ArrayList<>(files.size());
    for (CreativeXml.MediaFile m : files) {
      String uri = Lenient.trim(m.value);
      if (uri == null) {
        lenient.issue(path + "/MediaFile: empty URI [" + m.id + "]");
        continue;
      }
      String at = path + "/MediaFile";
      out.add(
          new MediaFile(
              uri,
              Lenient.trim(m.id),
              Lenient.trim(m.delivery),
              Lenient.trim(m.type),
              lenient.integer(m.width, at + "@width"),
              lenient.integer(m.height, at + "@height"),
              lenient.integer(m.bitrate, at + "@bitrate"),
              lenient.integer(m.minBitrate, at + "@minBitrate"),
              lenient.integer(m.maxBitrate, at + "@maxBitrate"),
              Lenient.trim(m.codec),
              Lenient.trim(m.apiFramework),
              lenient.bool(m.scalable, at + "@scalable"),
              lenient.bool(m.maintainAspectRatio, at + "@maintainAspectRatio")));
    }
    return out;
  }

  private List<Mezzanine> mezzanines(List<CreativeXml.MediaFile> files, String path) {
    List<Mezzanine> out = new ArrayList<>(files.size());
    for (CreativeXml.MediaFile m : files) {
      String uri = Lenient.trim(m.value);
      if (uri != null) {
        String at = path + "/Mezzanine";
        out.add(
            new Mezzanine(
                uri,
                Lenient.trim(m.id),
                Lenient.trim(m.delivery),
                Lenient.trim(m.type),
                lenient.integer(m.width, at + "@width"),
                lenient.integer(m.height, at + "@height"),
                Lenient.trim(m.codec),
                Lenient.trim(m.fileSize),
                Lenient.trim(m.mediaType)));
      }
    }
    return out;
  }

  private List<InteractiveCreativeFile> interactive(
      List<CreativeXml.MediaFile> files, String path) {
    List<InteractiveCreativeFile> out = new ArrayList<>(files.size());
    for (CreativeXml.MediaFile m : files) {
      String uri = Lenient.trim(m.value);
      if (uri != null) {
        out.add(
            new InteractiveCreativeFile(
                uri,
                Lenient.trim(m.type),
                Lenient.trim(m.apiFramework),
                lenient.bool(m.variableDuration, path + "/InteractiveCreativeFile")));
      }
    }
    return out;
  }

  /** Tracking events with a URL; VAST 4.3 §3.14.1 event names are kept as written. */
  static List<TrackingEvent> tracking(CreativeXml.@Nullable TrackingEvents events) {
    if (events == null) {
      return List.of();
    }
    List<TrackingEvent> out = new ArrayList<>(events.tracking.size());
    for (VastXml.Txt t : events.tracking) {
      String uri = Lenient.text(t);
      String event = Lenient.trim(t.event);
      if (uri != null && event != null) {
        out.add(new TrackingEvent(event, uri, Lenient.trim(t.offset)));
      }
    }
    return out;
  }

  private static VideoClicks videoClicks(CreativeXml.@Nullable VideoClicks c) {
    if (c == null) {
      return VideoClicks.NONE;
    }
    return new VideoClicks(
        Lenient.text(c.clickThrough),
        Lenient.texts(c.clickTracking),
        Lenient.texts(c.customClicks));
  }

  private List<Icon> icons(CreativeXml.Icons icons, String path) {
    List<Icon> out = new ArrayList<>(icons.icons.size());
    for (CreativeXml.Icon i : icons.icons) {
      String at = path + "/Icon";
      out.add(
          new Icon(
              Lenient.trim(i.program),
              lenient.integer(i.width, at + "@width"),
              lenient.integer(i.height, at + "@height"),
              Lenient.trim(i.xPosition),
              Lenient.trim(i.yPosition),
              lenient.clock(i.duration, at + "@duration"),
              lenient.clock(i.offset, at + "@offset"),
              Lenient.trim(i.apiFramework),
              resources(i),
              i.iconClicks == null ? null : Lenient.text(i.iconClicks.clickThrough),
              i.iconClicks == null ? List.of() : Lenient.texts(i.iconClicks.clickTracking),
              Lenient.texts(i.viewTracking),
              Lenient.trim(i.pxratio)));
    }
    return out;
  }

  private NonLinearCreative nonLinear(CreativeXml.NonLinearAds ads, String path) {
    List<NonLinear> out = new ArrayList<>(ads.nonLinears.size());
    for (CreativeXml.NonLinear n : ads.nonLinears) {
      String at = path + "/NonLinear";
      out.add(
          new NonLinear(
              Lenient.trim(n.id),
              lenient.integer(n.width, at + "@width"),
              lenient.integer(n.height, at + "@height"),
              Lenient.trim(n.minSuggestedDuration),
              Lenient.trim(n.apiFramework),
              resources(n),
              Lenient.text(n.adParameters),
              Lenient.text(n.clickThrough),
              Lenient.texts(n.clickTracking),
              Lenient.trim(n.expandedWidth),
              Lenient.trim(n.expandedHeight),
              lenient.bool(n.scalable, at + "@scalable"),
              lenient.bool(n.maintainAspectRatio, at + "@maintainAspectRatio")));
    }
    return new NonLinearCreative(out, tracking(ads.trackingEvents));
  }

  private List<Companion> companions(CreativeXml.CompanionAds ads, String path) {
    List<Companion> out = new ArrayList<>(ads.companions.size());
    for (CreativeXml.Companion c : ads.companions) {
      String at = path + "/Companion";
      out.add(
          new Companion(
              Lenient.trim(c.id),
              lenient.integer(c.width, at + "@width"),
              lenient.integer(c.height, at + "@height"),
              Lenient.trim(c.adSlotId),
              Lenient.trim(c.apiFramework),
              resources(c),
              Lenient.text(c.adParameters),
              Lenient.text(c.altText),
              Lenient.text(c.clickThrough),
              Lenient.texts(c.clickTracking),
              tracking(c.trackingEvents),
              new Companion.Attributes(
                  Lenient.trim(c.assetWidth),
                  Lenient.trim(c.assetHeight),
                  Lenient.trim(c.expandedWidth),
                  Lenient.trim(c.expandedHeight),
                  Lenient.trim(c.pxratio),
                  Lenient.trim(c.renderingMode))));
    }
    return out;
  }

  private static List<Resource> resources(CreativeXml.Resources r) {
    List<Resource> out = new ArrayList<>();
    addResources(out, "StaticResource", r.staticResources);
    addResources(out, "IFrameResource", r.iframeResources);
    addResources(out, "HTMLResource", r.htmlResources);
    return out;
  }

  private static void addResources(List<Resource> out, String kind, List<VastXml.Txt> elements) {
    for (VastXml.Txt t : elements) {
      String value = Lenient.text(t);
      if (value != null) {
        out.add(
            new Resource(
                kind,
                Lenient.trim(t.creativeType != null ? t.creativeType : t.type),
                Lenient.trim(t.apiFramework),
                value,
                Lenient.trim(t.browserOptional)));
      }
    }
  }

  List<Verification> verifications(CreativeXml.@Nullable Verifications v) {
    if (v == null) {
      return List.of();
    }
    List<Verification> out = new ArrayList<>(v.verifications.size());
    for (CreativeXml.Verification x : v.verifications) {
      List<Resource> resources = new ArrayList<>();
      addResources(resources, "JavaScriptResource", x.javaScriptResources);
      addResources(resources, "ExecutableResource", x.executableResources);
      out.add(
          new Verification(
              Lenient.trim(x.vendor),
              resources,
              tracking(x.trackingEvents),
              Lenient.text(x.parameters)));
    }
    return out;
  }
}
