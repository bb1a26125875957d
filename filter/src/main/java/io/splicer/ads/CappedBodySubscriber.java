package io.splicer.ads;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a byte cap; beyond it the subscription is cancelled (the
 * connection is dropped rather than read to the end) and the body completes with {@link
 * BodyTooLargeException}.
 */
final class CappedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {

  /** The body exceeded the cap. */
  static final class BodyTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    BodyTooLargeException(long cap) {
      super("response body larger than [" + cap + "] bytes");
    }
  }

  private final int cap;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private Flow.Subscription subscription;

  CappedBodySubscriber(int cap, long declaredLength) {
    this.cap = cap;
    if (declaredLength > cap) {
      result.completeExceptionally(new BodyTooLargeException(cap));
    }
  }

  static HttpResponse.BodyHandler<byte[]> handler(int cap) {
    return info ->
        new CappedBodySubscriber(cap, info.headers().firstValueAsLong("Content-Length").orElse(-1));
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    this.subscription = s;
    if (result.isDone()) {
      s.cancel();
    } else {
      s.request(Long.MAX_VALUE);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer b : buffers) {
      if (out.size() + b.remaining() > cap) {
        subscription.cancel();
        result.completeExceptionally(new BodyTooLargeException(cap));
        return;
      }
      byte[] chunk = new byte[b.remaining()];
      b.get(chunk);
      out.write(chunk, 0, chunk.length);
    }
  }

  @Override
  public void onError(Throwable t) {
    result.completeExceptionally(t);
  }

  @Override
  public void onComplete() {
    result.complete(out.toByteArray());
  }
}
