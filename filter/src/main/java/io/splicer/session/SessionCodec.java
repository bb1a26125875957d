package io.splicer.session;

import io.splicer.core.SessionId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.Externalizable;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The compact byte format of a {@link Session} (version 1): a version byte, the 16 UUID bytes, then
 * varint-length UTF-8 strings, varint numbers (times in epoch milliseconds, the last activity as a
 * delta from creation) and one-byte enum codes. A typical session (configuration name, asset path,
 * a 139-character User-Agent, a few parameters) takes about 400 bytes, against about 1.25 KB for
 * default Java serialization of equivalent records (measured with {@code SessionFootprintTest}'s
 * session). Enum codes are ordinals: append new constants, never reorder.
 */
public final class SessionCodec {

  static final int VERSION = 1;
  private static final int MAX_STRING_BYTES = 1 << 20;
  private static final int MAX_MAP_ENTRIES = 10_000;

  private SessionCodec() {}

  public static byte[] encode(Session s) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(384);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeLong(s.id().uuid().getMostSignificantBits());
      out.writeLong(s.id().uuid().getLeastSignificantBits());
      writeString(out, s.configurationName());
      writeString(out, s.assetPath());
      out.writeByte(s.reportingMode().ordinal());
      long created = s.createdAt().toEpochMilli();
      writeVarLong(out, zigZag(created));
      writeVarLong(out, zigZag(s.lastActivity().toEpochMilli() - created));
      writeVarLong(out, s.idleTimeout().toMillis());
      ClientInfo c = s.client();
      writeString(out, c.clientIp());
      writeString(out, c.forwardedFor());
      writeString(out, c.userAgent());
      writeString(out, c.referer());
      writeParams(out, s.params());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen on a byte array
    }
    return bytes.toByteArray();
  }

  /**
   * @throws IllegalArgumentException if the bytes are not a version-1 session
   */
  public static Session decode(byte[] data) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
      int version = in.readUnsignedByte();
      if (version != VERSION) {
        throw new IllegalArgumentException("unknown session format version [" + version + "]");
      }
      SessionId id = new SessionId(new UUID(in.readLong(), in.readLong()));
      String config = readString(in);
      String asset = readString(in);
      ReportingMode mode = readEnum(in, ReportingMode.values());
      long created = unZigZag(readVarLong(in));
      long last = created + unZigZag(readVarLong(in));
      Duration idle = Duration.ofMillis(readVarLong(in));
      ClientInfo client =
          new ClientInfo(readString(in), readString(in), readString(in), readString(in));
      SessionParams params = readParams(in);
      if (in.available() > 0) {
        throw new IllegalArgumentException("trailing bytes after session [" + in.available() + "]");
      }
      return new Session(
          id,
          config,
          asset,
          mode,
          params,
          client,
          Instant.ofEpochMilli(created),
          Instant.ofEpochMilli(last),
          idle);
    } catch (IOException e) {
      throw new IllegalArgumentException("truncated session bytes [" + data.length + "]", e);
    }
  }

  private static void writeParams(DataOutputStream out, SessionParams p) throws IOException {
    writeMap(out, p.playerParams());
    writeMap(out, p.manifestParams());
    writeString(out, p.originQuery());
    out.writeBoolean(p.serverReportingRequested());
    SessionControls c = p.controls();
    AvailSuppression s = c.availSuppression();
    int flags =
        (c.debugLog() ? 1 : 0)
            | (c.overlayAvails() ? 2 : 0)
            | (c.adSignaling() ? 4 : 0)
            | (s != null ? 8 : 0);
    out.writeByte(flags);
    out.writeByte(c.insertionMode().ordinal());
    writeString(out, c.streamId());
    if (s != null) {
      out.writeByte(s.mode().ordinal());
      out.writeByte(s.fillPolicy().ordinal());
      writeVarLong(out, s.value().getSeconds());
    }
    writeMap(out, c.other());
  }

  private static SessionParams readParams(DataInputStream in) throws IOException {
    Map<String, String> player = readMap(in);
    Map<String, String> manifest = readMap(in);
    String origin = readString(in);
    boolean server = in.readBoolean();
    int flags = in.readUnsignedByte();
    SessionControls.InsertionMode insertion = readEnum(in, SessionControls.InsertionMode.values());
    String streamId = readString(in);
    @Nullable AvailSuppression suppression = null;
    if ((flags & 8) != 0) {
      AvailSuppression.Mode m = readEnum(in, AvailSuppression.Mode.values());
      AvailSuppression.FillPolicy f = readEnum(in, AvailSuppression.FillPolicy.values());
      suppression = new AvailSuppression(m, Duration.ofSeconds(readVarLong(in)), f);
    }
    SessionControls controls =
        new SessionControls(
            suppression,
            (flags & 1) != 0,
            streamId,
            (flags & 2) != 0,
            (flags & 4) != 0,
            insertion,
            readMap(in));
    return new SessionParams(player, manifest, origin, controls, server);
  }

  private static void writeMap(DataOutputStream out, Map<String, String> map) throws IOException {
    writeVarLong(out, map.size());
    for (Map.Entry<String, String> e : map.entrySet()) {
      writeString(out, e.getKey());
      writeString(out, e.getValue());
    }
  }

  private static Map<String, String> readMap(DataInputStream in) throws IOException {
    long n = readVarLong(in);
    if (n > MAX_MAP_ENTRIES) {
      throw new IllegalArgumentException("too many map entries [" + n + "]");
    }
    Map<String, String> map = new LinkedHashMap<>();
    for (long i = 0; i < n; i++) {
      map.put(readString(in), readString(in));
    }
    return map;
  }

  private static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    writeVarLong(out, b.length);
    out.write(b);
  }

  private static String readString(DataInputStream in) throws IOException {
    long n = readVarLong(in);
    if (n > MAX_STRING_BYTES || n > in.available()) {
      throw new IllegalArgumentException("bad string length [" + n + "]");
    }
    byte[] b = new byte[(int) n];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  private static <E extends Enum<E>> E readEnum(DataInputStream in, E[] values) throws IOException {
    int code = in.readUnsignedByte();
    if (code >= values.length) {
      throw new IllegalArgumentException("bad enum code [" + code + "]");
    }
    return values[code];
  }

  /** Unsigned LEB128. */
  static void writeVarLong(DataOutputStream out, long v) throws IOException {
    long x = v;
    while ((x & ~0x7FL) != 0) {
      out.writeByte((int) ((x & 0x7F) | 0x80));
      x >>>= 7;
    }
    out.writeByte((int) x);
  }

  static long readVarLong(DataInputStream in) throws IOException {
    long result = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      int b = in.readUnsignedByte();
      result |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return result;
      }
    }
    throw new IllegalArgumentException("varint too long");
  }

  private static long zigZag(long v) {
    return (v << 1) ^ (v >> 63);
  }

  private static long unZigZag(long v) {
    return (v >>> 1) ^ -(v & 1);
  }

  /**
   * The serialized form of a {@link Session} (serialization proxy): Java serialization writes only
   * this class name and our compact bytes. Public with a no-arg constructor as {@link
   * Externalizable} requires; not for direct use.
   */
  public static final class SerializedForm implements Externalizable {

    private static final long serialVersionUID = 1L;
    private byte[] bytes;

    public SerializedForm() {
      this.bytes = new byte[0];
    }

    SerializedForm(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public void writeExternal(ObjectOutput out) throws IOException {
      out.writeInt(bytes.length);
      out.write(bytes);
    }

    @Override
    public void readExternal(ObjectInput in) throws IOException {
      int n = in.readInt();
      if (n < 0 || n > MAX_STRING_BYTES * 4) {
        throw new InvalidObjectException("bad session length [" + n + "]");
      }
      bytes = new byte[n];
      in.readFully(bytes);
    }

    private Object readResolve() throws InvalidObjectException {
      try {
        return decode(bytes);
      } catch (IllegalArgumentException e) {
        InvalidObjectException ioe = new InvalidObjectException(e.getMessage());
        ioe.initCause(e);
        throw ioe;
      }
    }
  }
}
