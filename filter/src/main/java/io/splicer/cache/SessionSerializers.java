package io.splicer.cache;

import io.splicer.core.SessionId;
import io.splicer.session.ScopedKey;
import io.splicer.session.Session;
import io.splicer.session.SessionCodec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.ehcache.spi.serialization.Serializer;
import org.ehcache.spi.serialization.SerializerException;

/**
 * Compact Ehcache serializers for the off-heap tier: session ids as their 16 UUID bytes, scoped
 * keys as 16 bytes plus the UTF-8 name, sessions in {@link SessionCodec}'s format. Stateless and
 * thread-safe.
 */
final class SessionSerializers {

  private SessionSerializers() {}

  static final class SessionIdSerializer implements Serializer<SessionId> {
    @Override
    public ByteBuffer serialize(SessionId id) {
      ByteBuffer b = ByteBuffer.allocate(16);
      b.putLong(id.uuid().getMostSignificantBits()).putLong(id.uuid().getLeastSignificantBits());
      return b.flip();
    }

    @Override
    public SessionId read(ByteBuffer b) {
      ByteBuffer d = b.duplicate();
      if (d.remaining() != 16) {
        throw new SerializerException("session id needs 16 bytes, got [" + d.remaining() + "]");
      }
      return new SessionId(new UUID(d.getLong(), d.getLong()));
    }

    @Override
    public boolean equals(SessionId id, ByteBuffer b) {
      return id.equals(read(b));
    }
  }

  static final class ScopedKeySerializer implements Serializer<ScopedKey> {
    @Override
    public ByteBuffer serialize(ScopedKey key) {
      byte[] name = key.name().getBytes(StandardCharsets.UTF_8);
      ByteBuffer b = ByteBuffer.allocate(16 + name.length);
      b.putLong(key.session().uuid().getMostSignificantBits());
      b.putLong(key.session().uuid().getLeastSignificantBits());
      return b.put(name).flip();
    }

    @Override
    public ScopedKey read(ByteBuffer b) {
      ByteBuffer d = b.duplicate();
      if (d.remaining() < 16) {
        throw new SerializerException("scoped key needs 16+ bytes, got [" + d.remaining() + "]");
      }
      SessionId id = new SessionId(new UUID(d.getLong(), d.getLong()));
      byte[] name = new byte[d.remaining()];
      d.get(name);
      return new ScopedKey(id, new String(name, StandardCharsets.UTF_8));
    }

    @Override
    public boolean equals(ScopedKey key, ByteBuffer b) {
      return key.equals(read(b));
    }
  }

  static final class SessionSerializer implements Serializer<Session> {
    @Override
    public ByteBuffer serialize(Session s) {
      return ByteBuffer.wrap(SessionCodec.encode(s));
    }

    @Override
    public Session read(ByteBuffer b) {
      ByteBuffer d = b.duplicate();
      byte[] bytes = new byte[d.remaining()];
      d.get(bytes);
      try {
        return SessionCodec.decode(bytes);
      } catch (IllegalArgumentException e) {
        throw new SerializerException(e);
      }
    }

    @Override
    public boolean equals(Session s, ByteBuffer b) {
      return s.equals(read(b));
    }
  }
}
