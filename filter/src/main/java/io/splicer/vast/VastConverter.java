package io.splicer.vast;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Converts the VAST bindings into the domain records (document and ad level). */
final class VastConverter {

  private final Lenient lenient;
  private final CreativeConverter creatives;

  VastConverter(Lenient lenient) {
    this.lenient = lenient;
    this.creatives = new CreativeConverter(lenient);
  }

  VastDocument document(VastXml.Vast root) {
    List<VastAd> ads = new ArrayList<>(root.ads.size());
    for (int i = 0; i < root.ads.size(); i++) {
      VastAd ad = ad(root.ads.get(i), "Ad[" + (i + 1) + "]");
      if (ad != null) {
        ads.add(ad);
      }
    }
    return new VastDocument(
        Lenient.trim(root.version), ads, Lenient.texts(root.errors), lenient.issues());
  }

  private @Nullable VastAd ad(VastXml.Ad ad, String path) {
    VastXml.Body body = ad.wrapper != null ? ad.wrapper : ad.inLine;
    if (body == null) {
      lenient.issue(path + ": neither InLine nor Wrapper [" + ad.id + "]");
      return null;
    }
    WrapperInfo wrapper = ad.wrapper == null ? null : wrapper(ad.wrapper, path);
    if (wrapper == null) {
      requireInLine(body, path);
    }
    return new VastAd(
        Lenient.trim(ad.id),
        lenient.integer(ad.sequence, path + "@sequence"),
        Lenient.text(body.adSystem),
        Lenient.text(body.adTitle),
        Lenient.text(body.adServingId),
        Lenient.texts(body.impressions),
        Lenient.texts(body.errors),
        body.creatives == null
            ? List.of()
            : creatives.creatives(body.creatives, path, wrapper == null),
        verifications(body),
        extensions(body.extensions),
        wrapper);
  }

  private WrapperInfo wrapper(VastXml.Wrapper w, String path) {
    String uri = Lenient.text(w.adTagUri);
    if (uri == null && w.legacyAdTagUrl != null) {
      uri = Lenient.text(w.legacyAdTagUrl.url);
    }
    if (uri == null) {
      // VAST 4.3 §3.19.1: VASTAdTagURI is required in a Wrapper
      lenient.issue(path + "/Wrapper: missing required [VASTAdTagURI]");
    }
    return new WrapperInfo(
        uri == null ? "" : uri,
        lenient.bool(w.followAdditionalWrappers, path + "@followAdditionalWrappers", true),
        lenient.bool(w.allowMultipleAds, path + "@allowMultipleAds", false),
        lenient.bool(w.fallbackOnNoAd, path + "@fallbackOnNoAd", true));
  }

  /** VAST 4.3 §3.4: AdSystem, AdTitle and Impression are required in an InLine. */
  private void requireInLine(VastXml.Body body, String path) {
    if (Lenient.text(body.adSystem) == null) {
      lenient.issue(path + "/InLine: missing required [AdSystem]");
    }
    if (Lenient.text(body.adTitle) == null) {
      lenient.issue(path + "/InLine: missing required [AdTitle]");
    }
    if (Lenient.texts(body.impressions).isEmpty()) {
      lenient.issue(path + "/InLine: missing required [Impression]");
    }
  }

  /**
   * VAST 4.1 §3.17 {@code <AdVerifications>}, then the VAST 3 form {@code <Extension
   * type="AdVerifications"><AdVerifications>…} (VAST 4.1 §3.17: "in VAST 3 … placed inside an
   * Extension"), in document order.
   */
  private List<Verification> verifications(VastXml.Body body) {
    List<Verification> out = new ArrayList<>(creatives.verifications(body.verifications));
    if (body.extensions != null) {
      for (VastXml.Raw r : body.extensions.extensions) {
        if ("AdVerifications".equals(Lenient.trim(r.type))) {
          out.addAll(creatives.verifications(r.verifications));
        }
      }
    }
    return out;
  }

  static List<String> extensions(VastXml.@Nullable Extensions extensions) {
    if (extensions == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (VastXml.Raw r : extensions.extensions) {
      if (r.xml != null) {
        out.add(r.xml);
      }
    }
    for (VastXml.Raw r : extensions.creativeExtensions) {
      if (r.xml != null) {
        out.add(r.xml);
      }
    }
    return out;
  }
}
