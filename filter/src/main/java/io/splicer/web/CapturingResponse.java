package io.splicer.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buffers a manifest response so it can be rewritten (design.md rule 8). Never commits the real
 * response while buffering: {@code flushBuffer()} is a no-op and {@code isCommitted()} is false.
 * Headers describing the origin body are held back ({@link HeldHeaders}). Falls back to streaming
 * (pass-through) when the body outgrows the cap, when the content type is not a manifest type (lazy
 * mode), and on {@code sendError}/{@code sendRedirect}.
 */
final class CapturingResponse extends HttpServletResponseWrapper {

  private static final Logger LOG = LoggerFactory.getLogger(CapturingResponse.class);

  enum Mode {
    /** Not yet known whether this is a manifest: decided by content type at the first write. */
    UNDECIDED,
    BUFFER,
    /** Streaming to the real response; held headers have been applied. */
    PASS,
    /** sendError/sendRedirect: the container owns the response now. */
    ABANDONED
  }

  private final HttpServletResponse client;
  private final @Nullable DetachedResponse detached;
  private final long maxBytes;
  private final FilterMetrics metrics;
  private final String path;
  private final HeldHeaders held = new HeldHeaders();
  private final Buffer buffer = new Buffer();
  private final CaptureStream stream = new CaptureStream();
  private Mode mode;
  private @Nullable PrintWriter writer;
  private boolean streamUsed;
  private @Nullable ServletOutputStream realOut;

  /**
   * @param client the viewer's response
   * @param detached for dispatched origin requests: where status and headers collect until the
   *     capture ends; {@code null} in the filter chain (they go to {@code client} directly)
   * @param lazy decide by content type at the first write instead of buffering from the start
   */
  CapturingResponse(
      HttpServletResponse client,
      @Nullable DetachedResponse detached,
      boolean lazy,
      long maxBytes,
      FilterMetrics metrics,
      String path) {
    super(detached != null ? detached : client);
    this.client = client;
    this.detached = detached;
    this.maxBytes = maxBytes;
    this.metrics = metrics;
    this.path = path;
    this.mode = lazy ? Mode.UNDECIDED : Mode.BUFFER;
    if (!lazy) {
      metrics.manifestsCaptured.incrementAndGet();
    }
  }

  HttpServletResponse real() {
    return client;
  }

  HeldHeaders held() {
    return held;
  }

  /**
   * Ends capturing. Returns the buffered body, or {@code null} when the response already went (or
   * goes) to the client by itself.
   */
  byte @Nullable [] finishCapture() throws IOException {
    flushWriter();
    if (mode == Mode.UNDECIDED) {
      decide();
    }
    if (mode != Mode.BUFFER) {
      return null;
    }
    release(true);
    mode = Mode.ABANDONED;
    return buffer.toByteArray();
  }

  /** Stops buffering and streams whatever comes (async dispatch, oversize). */
  void passThrough() throws IOException {
    flushWriter();
    if (mode == Mode.BUFFER || mode == Mode.UNDECIDED) {
      switchToPass();
    }
  }

  private void flushWriter() {
    if (writer != null) {
      writer.flush();
    }
  }

  private void decide() throws IOException {
    if (RequestClassifier.manifestTypeOf(getContentType()) != null) {
      mode = Mode.BUFFER;
      metrics.manifestsCaptured.incrementAndGet();
    } else {
      switchToPass();
    }
  }

  /** Points this wrapper at the viewer's response, handing over what the origin set so far. */
  private void release(boolean copy) {
    if (detached != null && getResponse() != client) {
      if (copy) {
        detached.copyTo(client);
      }
      setResponse(client);
    }
  }

  private void switchToPass() throws IOException {
    release(true);
    mode = Mode.PASS;
    held.applyTo(client);
    if (buffer.size() > 0) {
      out().write(buffer.array(), 0, buffer.size());
    }
    buffer.reset();
  }

  private ServletOutputStream out() throws IOException {
    if (realOut == null) {
      realOut = client.getOutputStream();
    }
    return realOut;
  }

  private boolean holding() {
    return mode == Mode.BUFFER || mode == Mode.UNDECIDED;
  }

  // --- body --------------------------------------------------------------------------------

  @Override
  public ServletOutputStream getOutputStream() {
    if (writer != null) {
      throw new IllegalStateException("getWriter() has already been called");
    }
    streamUsed = true;
    return stream;
  }

  @Override
  public PrintWriter getWriter() {
    if (streamUsed) {
      throw new IllegalStateException("getOutputStream() has already been called");
    }
    if (writer == null) {
      String encoding = getCharacterEncoding();
      // Pin the charset as the container would on getWriter(), so the header matches the bytes.
      setCharacterEncoding(encoding);
      writer = new PrintWriter(new OutputStreamWriter(stream, Charset.forName(encoding)), false);
    }
    return writer;
  }

  @Override
  public void flushBuffer() throws IOException {
    flushWriter();
    if (mode == Mode.UNDECIDED) {
      decide();
    }
    if (mode == Mode.PASS) {
      client.flushBuffer();
    }
  }

  @Override
  public boolean isCommitted() {
    return holding() ? false : client.isCommitted();
  }

  @Override
  public void resetBuffer() {
    if (holding()) {
      buffer.reset();
    } else {
      getResponse().resetBuffer();
    }
  }

  @Override
  public void reset() {
    getResponse().reset();
    if (holding()) {
      buffer.reset();
      held.clear();
    }
  }

  @Override
  public void setBufferSize(int size) {
    if (!holding()) {
      getResponse().setBufferSize(size);
    }
  }

  @Override
  public void sendError(int sc, String msg) throws IOException {
    abandon();
    client.sendError(sc, msg);
  }

  @Override
  public void sendError(int sc) throws IOException {
    abandon();
    client.sendError(sc);
  }

  @Override
  public void sendRedirect(String location) throws IOException {
    abandon();
    client.sendRedirect(location);
  }

  private void abandon() {
    if (holding()) {
      release(false);
      mode = Mode.ABANDONED;
      buffer.reset();
    }
  }

  // --- headers describing the origin body ------------------------------------------------------

  @Override
  public void setContentLength(int len) {
    setContentLengthLong(len);
  }

  @Override
  public void setContentLengthLong(long len) {
    if (holding()) {
      held.set(HeldHeaders.CONTENT_LENGTH, Long.toString(len));
    } else {
      getResponse().setContentLengthLong(len);
    }
  }

  @Override
  public void setHeader(String name, String value) {
    if (holding() && HeldHeaders.isHeld(name)) {
      held.set(name, value);
    } else {
      super.setHeader(name, value);
    }
  }

  @Override
  public void addHeader(String name, String value) {
    if (holding() && HeldHeaders.isHeld(name)) {
      held.add(name, value);
    } else {
      super.addHeader(name, value);
    }
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
  public void setDateHeader(String name, long date) {
    if (holding() && HeldHeaders.isHeld(name)) {
      held.set(name, HttpDates.format(date));
    } else {
      super.setDateHeader(name, date);
    }
  }

  @Override
  public void addDateHeader(String name, long date) {
    if (holding() && HeldHeaders.isHeld(name)) {
      held.add(name, HttpDates.format(date));
    } else {
      super.addDateHeader(name, date);
    }
  }

  @Override
  public boolean containsHeader(String name) {
    if (holding() && HeldHeaders.isHeld(name)) {
      return held.get(name) != null;
    }
    return super.containsHeader(name);
  }

  @Override
  public @Nullable String getHeader(String name) {
    return holding() && HeldHeaders.isHeld(name) ? held.get(name) : super.getHeader(name);
  }

  @Override
  public Collection<String> getHeaders(String name) {
    return holding() && HeldHeaders.isHeld(name) ? held.getAll(name) : super.getHeaders(name);
  }

  // --- the stream ------------------------------------------------------------------------------

  private void write(byte[] b, int off, int len) throws IOException {
    if (mode == Mode.UNDECIDED) {
      decide();
    }
    if (mode == Mode.BUFFER && (long) buffer.size() + len > maxBytes) {
      metrics.oversizePassThrough.incrementAndGet();
      LOG.warn(
          "Manifest [{}] exceeds maxManifestBytes [{}]: passed through unchanged", path, maxBytes);
      switchToPass();
    }
    switch (mode) {
      case BUFFER -> buffer.write(b, off, len);
      case PASS -> out().write(b, off, len);
      default -> {
        // ABANDONED: the container owns the response; like a committed error, drop the bytes.
      }
    }
  }

  private final class CaptureStream extends ServletOutputStream {
    private final byte[] one = new byte[1];

    @Override
    public void write(int b) throws IOException {
      one[0] = (byte) b;
      CapturingResponse.this.write(one, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      CapturingResponse.this.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
      if (mode == Mode.PASS) {
        out().flush();
      }
    }

    @Override
    public void close() throws IOException {
      if (mode == Mode.PASS) {
        out().close();
      }
    }

    @Override
    public boolean isReady() {
      return mode != Mode.PASS || realOut == null || realOut.isReady();
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      if (mode == Mode.PASS) {
        try {
          out().setWriteListener(listener);
        } catch (IOException e) {
          listener.onError(e);
        }
        return;
      }
      // Writes to the buffer never block: writing is possible at once.
      try {
        listener.onWritePossible();
      } catch (IOException e) {
        listener.onError(e);
      }
    }
  }

  /** A byte buffer whose array can be read without copying. */
  private static final class Buffer extends ByteArrayOutputStream {
    byte[] array() {
      return buf;
    }
  }
}
