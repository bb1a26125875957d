package io.splicer.vast;

import io.splicer.xml.JaxbBinder;
import io.splicer.xml.XmlException;
import io.splicer.xml.XmlLimits;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Parses VAST 2.0–4.3 and VMAP 1.0 documents into immutable domain records through the hardened XML
 * entry point, namespace-agnostically (real VAST mostly has no namespace, some use {@code
 * http://www.iab.com/VAST}; VMAP appears under several URIs). Stateless and thread-safe; failures
 * are returned as IAB error codes (VAST 4.3 §2.3.6.3, VMAP 1.0 §3.5), never thrown.
 *
 * <p>Lenient (production) parsing tolerates what it can and lists it in {@code issues}; strict
 * parsing (tests, validation) turns any issue into error 101 (VMAP: 1000).
 */
public final class VastParser {

  private static final JaxbBinder BINDER =
      JaxbBinder.of(
          Map.of("VAST", VastXml.Vast.class, "VMAP", VmapXml.Vmap.class),
          Set.of("Extension", "CreativeExtension", "CustomAdData"));

  private VastParser() {}

  /** Parses a VAST document leniently with the default limits. */
  public static VastParse parseVast(byte[] xml) {
    return parseVast(xml, XmlLimits.defaults(), false);
  }

  /**
   * Parses a VAST document. An empty body (no-fill answered with nothing) is a document with no
   * ads, which resolution reports as 303.
   *
   * @param strict turn every tolerated issue (bad duration, missing required element) into 101
   */
  public static VastParse parseVast(byte[] xml, XmlLimits limits, boolean strict) {
    if (isBlank(xml)) {
      return VastParse.ok(
          new VastDocument(null, List.of(), List.of(), List.of("empty response [0 ads]")));
    }
    Object bound;
    try {
      bound = BINDER.unmarshal(xml, limits).value();
    } catch (XmlException e) {
      return VastParse.failed(vastFailure(e));
    }
    if (!(bound instanceof VastXml.Vast root)) {
      return VastParse.failed(
          VastError.document(
              IabErrorCode.VERSION_UNSUPPORTED, "not a VAST document: root [VMAP]", List.of()));
    }
    return vast(root, strict);
  }

  private static VastParse vast(VastXml.Vast root, boolean strict) {
    VastDocument doc = new VastConverter(new Lenient()).document(root);
    String version = doc.version();
    if (version != null && !supportedVastVersion(version)) {
      return VastParse.failed(
          VastError.document(
              IabErrorCode.VERSION_UNSUPPORTED,
              "VAST version not supported [" + version + "]",
              doc.errorUrls()));
    }
    if (strict && (version == null || !doc.issues().isEmpty())) {
      String first = version == null ? "VAST: missing required [version]" : doc.issues().get(0);
      return VastParse.failed(
          VastError.document(IabErrorCode.SCHEMA_VALIDATION, first, doc.errorUrls()));
    }
    return VastParse.ok(
        version != null
            ? doc
            : new VastDocument(
                null, doc.ads(), doc.errorUrls(), withIssue(doc.issues(), "VAST: no [version]")));
  }

  /** VAST 2.x, 3.x and 4.x (4.0–4.3) are read; 1.0 and unknown majors are refused (102). */
  private static boolean supportedVastVersion(String version) {
    return version.startsWith("2.")
        || version.startsWith("3.")
        || version.startsWith("4.")
        || version.equals("2")
        || version.equals("3")
        || version.equals("4");
  }

  private static VastError vastFailure(XmlException e) {
    IabErrorCode code =
        switch (e.kind()) {
          // "VideoAdServingTemplate" is VAST 1.0; any other root is not a VAST we support
          case UNKNOWN_ROOT -> IabErrorCode.VERSION_UNSUPPORTED;
          case BINDING -> IabErrorCode.SCHEMA_VALIDATION;
          default -> IabErrorCode.XML_PARSE;
        };
    return VastError.document(code, e.getMessage(), List.of());
  }

  /** Parses a VMAP document leniently with the default limits. */
  public static VmapParse parseVmap(byte[] xml) {
    return parseVmap(xml, XmlLimits.defaults(), false);
  }

  /** Parses a VMAP 1.0 document; {@code strict} turns any issue into 1000 (schema error). */
  public static VmapParse parseVmap(byte[] xml, XmlLimits limits, boolean strict) {
    Object bound;
    try {
      bound = BINDER.unmarshal(xml, limits).value();
    } catch (XmlException e) {
      IabErrorCode code =
          e.kind() == XmlException.Kind.UNKNOWN_ROOT
              ? IabErrorCode.VMAP_SCHEMA
              : IabErrorCode.VMAP_PARSE;
      return VmapParse.failed(VastError.document(code, e.getMessage(), List.of()));
    }
    if (!(bound instanceof VmapXml.Vmap root)) {
      return VmapParse.failed(
          VastError.document(
              IabErrorCode.VMAP_SCHEMA, "not a VMAP document: root [VAST]", List.of()));
    }
    VmapDocument doc = new VmapConverter(new Lenient()).document(root);
    String version = doc.version();
    if (version != null && !version.startsWith("1.") && !version.equals("1")) {
      return VmapParse.failed(
          VastError.document(
              IabErrorCode.VMAP_VERSION_UNSUPPORTED,
              "VMAP version not supported [" + version + "]",
              List.of()));
    }
    if (strict && !doc.issues().isEmpty()) {
      return VmapParse.failed(
          VastError.document(IabErrorCode.VMAP_SCHEMA, doc.issues().get(0), List.of()));
    }
    return VmapParse.ok(doc);
  }

  /**
   * Parses either kind of ad response, by its root element: {@code VAST} or {@code VMAP}. Exactly
   * one of the results is set; other roots are VAST error 102.
   */
  public static AdResponse parse(byte[] xml, XmlLimits limits) {
    if (isBlank(xml)) {
      return new AdResponse(parseVast(xml, limits, false), null);
    }
    Object bound;
    try {
      bound = BINDER.unmarshal(xml, limits).value();
    } catch (XmlException e) {
      return new AdResponse(VastParse.failed(vastFailure(e)), null);
    }
    if (bound instanceof VmapXml.Vmap) {
      return new AdResponse(null, parseVmap(xml, limits, false));
    }
    return new AdResponse(vast((VastXml.Vast) bound, false), null);
  }

  /** The result of {@link #parse}: a VAST or a VMAP outcome. */
  public record AdResponse(@Nullable VastParse vast, @Nullable VmapParse vmap) {}

  private static boolean isBlank(byte[] xml) {
    for (byte b : xml) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }

  private static List<String> withIssue(List<String> issues, String issue) {
    List<String> out = new java.util.ArrayList<>(issues);
    out.add(issue);
    return out;
  }
}
