package io.splicer.web;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * The request as the origin sees it on manifest requests: without {@code Range} and {@code If-*}
 * headers (a 206 or 304 has no body to rewrite, stack.md pitfall 10), and with {@code startAsync()}
 * bound to the capturing response so that {@code complete()} sends the captured manifest.
 */
final class OriginRequest extends HttpServletRequestWrapper {

  /** Runs once when an async manifest response completes. */
  interface Completion {
    void run() throws IOException;
  }

  private final CapturingResponse response;
  private final Completion completion;
  private final boolean hideConditional;

  /**
   * @param hideConditional whether to hide {@code Range}/{@code If-*} (manifest paths only)
   */
  OriginRequest(
      HttpServletRequest request,
      CapturingResponse response,
      Completion completion,
      boolean hideConditional) {
    super(request);
    this.response = response;
    this.completion = completion;
    this.hideConditional = hideConditional;
  }

  /** Returns a completion that runs {@code action} at most once. */
  static Completion once(Completion action) {
    AtomicBoolean done = new AtomicBoolean();
    return () -> {
      if (done.compareAndSet(false, true)) {
        action.run();
      }
    };
  }

  private boolean isHidden(@Nullable String name) {
    return hideConditional && isConditional(name);
  }

  static boolean isConditional(@Nullable String name) {
    if (name == null) {
      return false;
    }
    String n = name.toLowerCase(Locale.ROOT);
    return n.equals("range") || n.startsWith("if-");
  }

  @Override
  public @Nullable String getHeader(String name) {
    return isHidden(name) ? null : super.getHeader(name);
  }

  @Override
  public Enumeration<String> getHeaders(String name) {
    return isHidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
  }

  @Override
  public long getDateHeader(String name) {
    return isHidden(name) ? -1 : super.getDateHeader(name);
  }

  @Override
  public int getIntHeader(String name) {
    return isHidden(name) ? -1 : super.getIntHeader(name);
  }

  @Override
  public Enumeration<String> getHeaderNames() {
    List<String> names = Collections.list(super.getHeaderNames());
    names.removeIf(this::isHidden);
    return Collections.enumeration(names);
  }

  @Override
  public AsyncContext startAsync() {
    return new CapturingAsyncContext(super.startAsync(this, response));
  }

  @Override
  public AsyncContext startAsync(ServletRequest request, ServletResponse servletResponse) {
    return new CapturingAsyncContext(super.startAsync(request, servletResponse));
  }

  /** Sends the captured manifest on {@code complete()}; streams through on {@code dispatch()}. */
  private final class CapturingAsyncContext implements AsyncContext {
    private final AsyncContext delegate;

    CapturingAsyncContext(AsyncContext delegate) {
      this.delegate = delegate;
    }

    @Override
    public void complete() {
      try {
        completion.run();
      } catch (IOException e) {
        throw new IllegalStateException("Cannot send the captured manifest", e);
      } finally {
        delegate.complete();
      }
    }

    private void beforeDispatch() {
      try {
        response.passThrough();
      } catch (IOException e) {
        throw new IllegalStateException("Cannot release the captured response", e);
      }
    }

    @Override
    public void dispatch() {
      beforeDispatch();
      delegate.dispatch();
    }

    @Override
    public void dispatch(String path) {
      beforeDispatch();
      delegate.dispatch(path);
    }

    @Override
    public void dispatch(ServletContext context, String path) {
      beforeDispatch();
      delegate.dispatch(context, path);
    }

    @Override
    public ServletRequest getRequest() {
      return delegate.getRequest();
    }

    @Override
    public ServletResponse getResponse() {
      return delegate.getResponse();
    }

    @Override
    public boolean hasOriginalRequestAndResponse() {
      return delegate.hasOriginalRequestAndResponse();
    }

    @Override
    public void start(Runnable run) {
      delegate.start(run);
    }

    @Override
    public void addListener(AsyncListener listener) {
      delegate.addListener(listener);
    }

    @Override
    public void addListener(
        AsyncListener listener, ServletRequest servletRequest, ServletResponse servletResponse) {
      delegate.addListener(listener, servletRequest, servletResponse);
    }

    @Override
    public <T extends AsyncListener> T createListener(Class<T> clazz) throws ServletException {
      return delegate.createListener(clazz);
    }

    @Override
    public void setTimeout(long timeout) {
      delegate.setTimeout(timeout);
    }

    @Override
    public long getTimeout() {
      return delegate.getTimeout();
    }
  }
}
