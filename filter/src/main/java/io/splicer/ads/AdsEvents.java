package io.splicer.ads;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts ADS-interaction events and logs them (warnings and errors at WARN, the rest at DEBUG).
 * Thread-safe; one per client. The counters feed the metrics endpoint.
 */
public final class AdsEvents {

  private static final Logger LOG = LoggerFactory.getLogger(AdsEvents.class);

  private final Map<AdsEventType, LongAdder> counters = new EnumMap<>(AdsEventType.class);

  public AdsEvents() {
    for (AdsEventType t : AdsEventType.values()) {
      counters.put(t, new LongAdder());
    }
  }

  public void record(AdsEventType type, String detail) {
    counters.get(type).increment();
    String name = type.name();
    if (name.startsWith("WARNING_") || name.startsWith("ERROR_")) {
      LOG.warn("{} {}", name, detail);
    } else {
      LOG.debug("{} {}", name, detail);
    }
  }

  public long count(AdsEventType type) {
    return counters.get(type).sum();
  }
}
