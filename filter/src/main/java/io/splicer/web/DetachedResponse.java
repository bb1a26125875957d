package io.splicer.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An in-memory response under a {@link CapturingResponse} for dispatched origin requests: status
 * and headers set by the origin servlet land here, not on the viewer's response, until {@link
 * #copyTo} hands them over. Containers that finish the underlying response after a forward (Tomcat
 * 11, {@code suspendWrappedResponseAfterForward}) therefore cannot close the viewer's response
 * before the captured manifest is sent. The body never reaches this object: {@link
 * CapturingResponse} owns the streams.
 *
 * <p>Only used on Tomcat ({@link #neededFor}): Jetty (and the Servlet spec's wrapper rules) need
 * the container's own response at the bottom of the chain a forward receives, and Jetty closes the
 * output through the outermost wrapper, which the capture handles.
 */
final class DetachedResponse implements HttpServletResponse {

  /**
   * Whether a forward must not reach {@code response} itself: true for Tomcat, whose forward
   * finishes the unwrapped container response when it returns (Tomcat 11 default).
   */
  static boolean neededFor(ServletResponse response) {
    ServletResponse r = response;
    while (r instanceof ServletResponseWrapper w) {
      r = w.getResponse();
    }
    return r.getClass().getName().startsWith("org.apache.catalina.");
  }

  private static final String DEFAULT_CHARSET = "ISO-8859-1";

  /** Lower-case name → (spelling, values). */
  private final Map<String, Map.Entry<String, List<String>>> headers = new LinkedHashMap<>();

  private final List<Cookie> cookies = new ArrayList<>();
  private int status = SC_OK;
  private @Nullable String mimeType;
  private @Nullable String charset;
  private @Nullable Locale locale;
  private int bufferSize = 8192;

  /** Writes status, content type, headers and cookies to {@code target}. */
  void copyTo(HttpServletResponse target) {
    target.setStatus(status);
    String type = getContentType();
    if (type != null) {
      target.setContentType(type);
    } else if (charset != null) {
      target.setCharacterEncoding(charset);
    }
    if (locale != null) {
      target.setLocale(locale);
    }
    for (Map.Entry<String, List<String>> h : headers.values()) {
      for (String v : h.getValue()) {
        target.addHeader(h.getKey(), v);
      }
    }
    cookies.forEach(target::addCookie);
  }

  private List<String> values(String name) {
    return headers
        .computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> Map.entry(name, new ArrayList<>()))
        .getValue();
  }

  @Override
  public void setHeader(String name, @Nullable String value) {
    if (name.equalsIgnoreCase("Content-Type")) {
      setContentType(value);
      return;
    }
    headers.remove(name.toLowerCase(Locale.ROOT));
    if (value != null) {
      values(name).add(value);
    }
  }

  @Override
  public void addHeader(String name, @Nullable String value) {
    if (name.equalsIgnoreCase("Content-Type")) {
      setContentType(value);
    } else if (value != null) {
      values(name).add(value);
    }
  }

  @Override
  public void setDateHeader(String name, long date) {
    setHeader(name, HttpDates.format(date));
  }

  @Override
  public void addDateHeader(String name, long date) {
    addHeader(name, HttpDates.format(date));
  }

  @Override
  public void setIntHeader(String name, int value) {
    setHeader(name, Integer.toString(value));
  }

  @Override
  public void addIntHeader(String name, int value) {
    addHeader(name, Integer.toString(value));
  }

  @Override
  public boolean containsHeader(String name) {
    return headers.containsKey(name.toLowerCase(Locale.ROOT));
  }

  @Override
  public @Nullable String getHeader(String name) {
    Map.Entry<String, List<String>> h = headers.get(name.toLowerCase(Locale.ROOT));
    return h == null || h.getValue().isEmpty() ? null : h.getValue().get(0);
  }

  @Override
  public Collection<String> getHeaders(String name) {
    Map.Entry<String, List<String>> h = headers.get(name.toLowerCase(Locale.ROOT));
    return h == null ? List.of() : List.copyOf(h.getValue());
  }

  @Override
  public Collection<String> getHeaderNames() {
    return headers.values().stream().map(Map.Entry::getKey).toList();
  }

  @Override
  public void addCookie(Cookie cookie) {
    cookies.add(cookie);
  }

  @Override
  public String encodeURL(String url) {
    return url;
  }

  @Override
  public String encodeRedirectURL(String url) {
    return url;
  }

  @Override
  public void sendError(int sc, String msg) {
    sendError(sc);
  }

  @Override
  public void sendError(int sc) {
    status = sc;
  }

  @Override
  public void sendRedirect(String location) {
    status = SC_FOUND;
    setHeader("Location", location);
  }

  @Override
  public void setStatus(int sc) {
    status = sc;
  }

  @Override
  public int getStatus() {
    return status;
  }

  @Override
  public String getCharacterEncoding() {
    return charset == null ? DEFAULT_CHARSET : charset;
  }

  @Override
  public @Nullable String getContentType() {
    if (mimeType == null) {
      return null;
    }
    return charset == null ? mimeType : mimeType + ";charset=" + charset;
  }

  @Override
  public ServletOutputStream getOutputStream() {
    throw new IllegalStateException("The body of a captured origin response is buffered above");
  }

  @Override
  public PrintWriter getWriter() {
    throw new IllegalStateException("The body of a captured origin response is buffered above");
  }

  @Override
  public void setCharacterEncoding(@Nullable String encoding) {
    charset = encoding;
  }

  @Override
  public void setContentLength(int len) {
    setContentLengthLong(len);
  }

  @Override
  public void setContentLengthLong(long len) {
    setHeader("Content-Length", Long.toString(len));
  }

  @Override
  public void setContentType(@Nullable String type) {
    if (type == null) {
      mimeType = null;
      return;
    }
    int semi = type.indexOf(';');
    mimeType = (semi < 0 ? type : type.substring(0, semi)).trim();
    if (semi >= 0) {
      String cs = ManifestResponder.charsetParameter(type);
      if (cs != null) {
        charset = cs;
      }
    }
  }

  @Override
  public void setBufferSize(int size) {
    bufferSize = size;
  }

  @Override
  public int getBufferSize() {
    return bufferSize;
  }

  @Override
  public void flushBuffer() {
    // Nothing to flush: nothing is sent from here.
  }

  @Override
  public void resetBuffer() {
    // The body is buffered by CapturingResponse.
  }

  @Override
  public boolean isCommitted() {
    return false;
  }

  @Override
  public void reset() {
    headers.clear();
    cookies.clear();
    status = SC_OK;
    mimeType = null;
    charset = null;
  }

  @Override
  public void setLocale(Locale loc) {
    locale = loc;
  }

  @Override
  public Locale getLocale() {
    return locale == null ? Locale.getDefault() : locale;
  }
}
