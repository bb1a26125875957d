package io.splicer.cache;

import io.splicer.core.SessionId;
import io.splicer.session.ScopedKey;
import io.splicer.session.Session;
import java.io.Serializable;
import javax.cache.configuration.Configuration;
import org.ehcache.config.builders.CacheConfigurationBuilder;
import org.ehcache.config.builders.ExpiryPolicyBuilder;
import org.ehcache.config.builders.ResourcePoolsBuilder;
import org.ehcache.config.units.MemoryUnit;
import org.ehcache.jsr107.Eh107Configuration;

/** The programmatic Ehcache configurations of the session caches, exposed through JCache. */
final class CacheConfigs {

  private CacheConfigs() {}

  static Configuration<SessionId, Session> sessions(SessionCacheSettings s) {
    return Eh107Configuration.fromEhcacheCacheConfiguration(
        CacheConfigurationBuilder.newCacheConfigurationBuilder(
                SessionId.class,
                Session.class,
                ResourcePoolsBuilder.heap(s.sessionHeapEntries())
                    .offheap(s.sessionOffHeapMb(), MemoryUnit.MB))
            .withKeySerializer(new SessionSerializers.SessionIdSerializer())
            .withValueSerializer(new SessionSerializers.SessionSerializer())
            .withExpiry(new SessionExpiry(s.expiredRetention())));
  }

  static Configuration<ScopedKey, Serializable> values(SessionCacheSettings s) {
    return Eh107Configuration.fromEhcacheCacheConfiguration(
        CacheConfigurationBuilder.newCacheConfigurationBuilder(
                ScopedKey.class,
                Serializable.class,
                ResourcePoolsBuilder.heap(s.valueHeapEntries())
                    .offheap(s.valueOffHeapMb(), MemoryUnit.MB))
            .withKeySerializer(new SessionSerializers.ScopedKeySerializer())
            .withExpiry(ExpiryPolicyBuilder.timeToIdleExpiration(s.valueMaxIdle())));
  }
}
