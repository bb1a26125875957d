package io.splicer.ads;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * How to call one ADS: the {@code AdDecisionServerUrl} template and the optional {@code
 * AdDecisionServerConfiguration.HttpRequest} (method, header and body templates, gzip), reference
 * §1.4 and §6 "Request". Immutable and thread-safe; {@link #prepare} per request.
 */
public final class AdsRequestTemplate {

  /** Headers the HTTP layer owns; configured values for them are ignored. */
  private static final Set<String> RESTRICTED =
      Set.of("host", "content-length", "connection", "expect", "upgrade", "transfer-encoding");

  private final UrlTemplate url;
  private final String method;
  private final Map<String, TextTemplate> headers;
  private final Optional<TextTemplate> body;
  private final boolean gzip;
  private final boolean jsonBody;

  private AdsRequestTemplate(
      UrlTemplate url,
      String method,
      Map<String, TextTemplate> headers,
      Optional<TextTemplate> body,
      boolean gzip) {
    this.url = url;
    this.method = method;
    this.headers = headers;
    this.body = body;
    this.gzip = gzip;
    this.jsonBody = configuredContentType(headers).contains("application/json");
  }

  /** A plain GET of the URL template (the default). */
  public static AdsRequestTemplate get(String urlTemplate) {
    return new AdsRequestTemplate(
        UrlTemplate.parse(urlTemplate), "GET", Map.of(), Optional.empty(), false);
  }

  /**
   * A customised request (ads-request-configuration).
   *
   * @param method {@code GET} or {@code POST}
   * @param headerTemplates header name → value template with {@code {{name}}} variables
   * @param bodyTemplate the POST body template
   * @param gzipBody whether to gzip the body ({@code CompressionMethod: GZIP})
   */
  public static AdsRequestTemplate of(
      String urlTemplate,
      String method,
      Map<String, String> headerTemplates,
      Optional<String> bodyTemplate,
      boolean gzipBody) {
    String m = method.toUpperCase(Locale.ROOT);
    if (!m.equals("GET") && !m.equals("POST")) {
      throw new IllegalArgumentException("ADS method must be GET or POST: [" + method + "]");
    }
    Map<String, TextTemplate> h = new LinkedHashMap<>();
    headerTemplates.forEach(
        (k, v) -> {
          if (!RESTRICTED.contains(k.toLowerCase(Locale.ROOT))) {
            h.put(k, TextTemplate.parse(v));
          }
        });
    return new AdsRequestTemplate(
        UrlTemplate.parse(urlTemplate),
        m,
        java.util.Collections.unmodifiableMap(h),
        bodyTemplate.map(TextTemplate::parse),
        gzipBody);
  }

  public UrlTemplate url() {
    return url;
  }

  /**
   * Expands the template for one request. The viewer's {@code User-Agent} and {@code
   * X-Forwarded-For} are forwarded (reference §1.3 "Header proxying"); configured headers win over
   * them. Unresolved URL variables are reported as {@code
   * WARNING_URL_VARIABLE_SUBSTITUTION_FAILED}; an unusable URL gives an {@link AdsFailure} of kind
   * {@code REQUEST}, never an exception.
   */
  public Prepared prepare(
      AdsVariables variables, Optional<SessionVariables> viewer, AdsEvents events) {
    UrlTemplate.Expansion e = url.expand(variables);
    for (String name : e.unresolved()) {
      events.record(
          AdsEventType.WARNING_URL_VARIABLE_SUBSTITUTION_FAILED, "[" + name + "] in " + url);
    }
    if (e.uri().isEmpty()) {
      String problem = e.problem().orElse("unusable ADS URL");
      events.record(AdsEventType.ERROR_ADS_INTERPOLATION, problem);
      return new Prepared(
          Optional.empty(),
          Optional.of(AdsFailure.of(AdsFailure.Kind.REQUEST, problem)),
          e.text(),
          e.unresolved());
    }
    Map<String, String> h = new LinkedHashMap<>();
    viewer.ifPresent(
        v -> {
          h.put("User-Agent", stripControls(v.userAgent()));
          v.forwardedFor().ifPresent(f -> h.put("X-Forwarded-For", stripControls(f)));
        });
    headers.forEach(
        (name, t) -> h.put(name, t.expand(variables, TextTemplate.Escaping.HEADER).text()));
    Optional<byte[]> bytes = Optional.empty();
    if (method.equals("POST")) {
      TextTemplate.Escaping esc =
          jsonBody ? TextTemplate.Escaping.JSON : TextTemplate.Escaping.TEXT;
      byte[] raw =
          body.map(b -> b.expand(variables, esc).text())
              .orElse("")
              .getBytes(StandardCharsets.UTF_8);
      if (gzip) {
        raw = gzip(raw);
        h.put("Content-Encoding", "gzip");
      }
      bytes = Optional.of(raw);
    }
    AdsRequest request = new AdsRequest(e.uri().get(), method, h, bytes);
    return new Prepared(Optional.of(request), Optional.empty(), e.text(), e.unresolved());
  }

  /**
   * The outcome of {@link #prepare}: a request, or the failure that stops it.
   *
   * @param urlText the expanded URL text (MediaTailor's {@code adsRequestUrl})
   * @param unresolved URL variables that rendered empty
   */
  public record Prepared(
      Optional<AdsRequest> request,
      Optional<AdsFailure> failure,
      String urlText,
      List<String> unresolved) {
    public Prepared {
      Objects.requireNonNull(request, "request");
      Objects.requireNonNull(failure, "failure");
      Objects.requireNonNull(urlText, "urlText");
      unresolved = List.copyOf(unresolved);
    }
  }

  private static String configuredContentType(Map<String, TextTemplate> headers) {
    for (Map.Entry<String, TextTemplate> h : headers.entrySet()) {
      if (h.getKey().equalsIgnoreCase("Content-Type")) {
        return h.getValue()
            .expand(AdsVariables.builder().build(), TextTemplate.Escaping.HEADER)
            .text()
            .toLowerCase(Locale.ROOT);
      }
    }
    return "";
  }

  private static String stripControls(String s) {
    return s.replaceAll("[\\x00-\\x1F\\x7F]", "");
  }

  private static byte[] gzip(byte[] raw) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 2 + 32);
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(raw);
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory gzip failed", e);
    }
    return out.toByteArray();
  }
}
