package io.splicer.vast;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Converts the VMAP bindings into the domain records. */
final class VmapConverter {

  private final Lenient lenient;

  VmapConverter(Lenient lenient) {
    this.lenient = lenient;
  }

  VmapDocument document(VmapXml.Vmap root) {
    List<VmapAdBreak> breaks = new ArrayList<>(root.adBreaks.size());
    for (int i = 0; i < root.adBreaks.size(); i++) {
      VmapAdBreak b = adBreak(root.adBreaks.get(i), "AdBreak[" + (i + 1) + "]");
      if (b != null) {
        breaks.add(b);
      }
    }
    return new VmapDocument(
        Lenient.trim(root.version),
        breaks,
        VastConverter.extensions(root.extensions),
        lenient.issues());
  }

  private @Nullable VmapAdBreak adBreak(VmapXml.AdBreak b, String path) {
    TimeOffset offset;
    try {
      offset = TimeOffset.parse(b.timeOffset == null ? "" : b.timeOffset);
    } catch (IllegalArgumentException e) {
      // VMAP 1.0 §2.3.1: timeOffset is required; a break we cannot place is skipped
      lenient.issue(path + "@timeOffset: " + e.getMessage());
      return null;
    }
    List<String> types = new ArrayList<>();
    String breakType = Lenient.trim(b.breakType);
    if (breakType != null) {
      for (String t : breakType.split(",")) {
        if (!t.isBlank()) {
          types.add(t.strip());
        }
      }
    }
    return new VmapAdBreak(
        offset,
        types,
        Lenient.trim(b.breakId),
        lenient.clock(b.repeatAfter, path + "@repeatAfter"),
        b.adSource == null ? null : adSource(b.adSource, path),
        CreativeConverter.tracking(b.trackingEvents),
        VastConverter.extensions(b.extensions));
  }

  private VmapAdSource adSource(VmapXml.AdSource s, String path) {
    VmapXml.VastData data = s.vastAdData != null ? s.vastAdData : s.legacyVastData;
    VastDocument vast = null;
    if (data != null && data.vast != null) {
      Lenient inner = new Lenient();
      vast = new VastConverter(inner).document(data.vast);
      for (String issue : inner.issues()) {
        lenient.issue(path + "/AdSource/VASTAdData/" + issue);
      }
    } else if (data != null) {
      lenient.issue(path + "/AdSource: VASTAdData without a [VAST] element");
    }
    String adTagUri = Lenient.text(s.adTagUri);
    return new VmapAdSource(
        Lenient.trim(s.id),
        lenient.bool(s.allowMultipleAds, path + "/AdSource@allowMultipleAds", true),
        lenient.bool(s.followRedirects, path + "/AdSource@followRedirects", true),
        vast,
        adTagUri,
        s.adTagUri == null ? null : Lenient.trim(s.adTagUri.templateType),
        s.customAdData == null ? null : s.customAdData.xml);
  }
}
