package io.splicer.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Durable {@link ConfigurationRepository}: one file {@code <Name>.json} per configuration in one
 * directory, in the canonical JSON of {@link PlaybackConfigurationJson}.
 *
 * <ul>
 *   <li><b>Atomic writes</b>: a temporary file in the same directory is written and fsynced, then
 *       renamed over the target ({@code ATOMIC_MOVE}) and the directory fsynced, so a crash leaves
 *       either the old or the new file, never a mix. Leftover temporary files ({@code .*.tmp}) are
 *       ignored and removed on start-up once older than an hour.
 *   <li><b>Serialised writers</b>: an in-process lock plus an OS file lock on {@code .splicer.lock}
 *       (also between processes sharing the directory).
 *   <li><b>Edits on disk are seen without restart</b>: the parsed file is cached under its (mtime,
 *       size, file key) and re-read when that changes. A lookup by name ({@link #find}) costs one
 *       {@code stat}, or none when the cached entry was checked less than the store's re-check
 *       interval ago ({@link #FileConfigurationStore(Path, Duration, Clock)}; zero by default): a
 *       hand edit or a write by another process is then seen within that interval. Writes through
 *       this instance, new files and listings ({@link #list}, {@link #problems}) are seen at once.
 *   <li><b>Malformed files</b> are logged once (file + JSON pointer), skipped, and listed by {@link
 *       #problems()}; the other configurations are unaffected. A file whose {@code Name} does not
 *       match its file name is malformed too.
 *   <li><b>Versions</b> are the first 128 bits of the SHA-256 of the file's bytes (hex), so they
 *       survive restarts and change with hand edits.
 * </ul>
 *
 * Names longer than {@value #MAX_PLAIN_FILE_NAME} characters (file-system limits) are stored as
 * {@code <first 200 characters>~<hash>.json}.
 */
public final class FileConfigurationStore implements ConfigurationRepository {

  static final int MAX_PLAIN_FILE_NAME = 240;
  private static final String SUFFIX = ".json";
  private static final String LOCK_FILE = ".splicer.lock";
  private static final Duration STALE_TEMP_AGE = Duration.ofHours(1);
  private static final Logger LOG = LoggerFactory.getLogger(FileConfigurationStore.class);

  private final Path dir;
  private final long recheckMillis;
  private final Clock clock;

  /** One lock per directory for the whole JVM: OS file locks are per process, not per thread. */
  private static final Map<Path, ReentrantLock> DIRECTORY_LOCKS = new ConcurrentHashMap<>();

  private final ReentrantLock writeLock;
  private final Map<String, Entry> cache = new ConcurrentHashMap<>();

  /** File state a cached parse belongs to. */
  private record Stamp(FileTime modified, long size, @Nullable Object fileKey) {
    static Stamp of(BasicFileAttributes a) {
      return new Stamp(a.lastModifiedTime(), a.size(), a.fileKey());
    }
  }

  /**
   * A parsed file: a configuration or the reason it was skipped; {@code checkedAt} is when ({@link
   * Clock#millis()}) its stamp was last compared with the file's.
   */
  private record Entry(
      Stamp stamp,
      @Nullable Versioned<PlaybackConfiguration> config,
      @Nullable String problem,
      long checkedAt) {

    Entry checked(long at) {
      return new Entry(stamp, config, problem, at);
    }
  }

  /**
   * Opens (and creates if needed) the store directory.
   *
   * @throws UncheckedIOException if the directory cannot be created
   */
  public FileConfigurationStore(Path dir) {
    this(dir, Duration.ZERO, Clock.systemUTC());
  }

  /**
   * Opens (and creates if needed) the store directory; lookups by name trust a cached file for
   * {@code recheck} before they {@code stat} it again.
   *
   * @param recheck how long a lookup by name may serve a file without checking it on disk ({@link
   *     Duration#ZERO}: every lookup checks)
   * @param clock measures {@code recheck}
   * @throws UncheckedIOException if the directory cannot be created
   */
  public FileConfigurationStore(Path dir, Duration recheck, Clock clock) {
    if (recheck.isNegative()) {
      throw new IllegalArgumentException("negative re-check interval [" + recheck + "]");
    }
    this.recheckMillis = recheck.toMillis();
    this.clock = clock;
    this.dir = dir.toAbsolutePath().normalize();
    try {
      Files.createDirectories(this.dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create configuration directory " + this.dir, e);
    }
    this.writeLock = DIRECTORY_LOCKS.computeIfAbsent(this.dir, d -> new ReentrantLock());
    removeStaleTempFiles();
  }

  public Path directory() {
    return dir;
  }

  @Override
  public Optional<PlaybackConfiguration> find(String name) {
    return findVersioned(name).map(Versioned::value);
  }

  @Override
  public Optional<Versioned<PlaybackConfiguration>> findVersioned(String name) {
    if (!ConfigurationValidator.isValidName(name)) {
      return Optional.empty(); // also keeps path tricks out of resolve()
    }
    String file = fileName(name);
    Entry cached = recheckMillis > 0 ? cache.get(file) : null;
    Entry entry =
        cached != null && clock.millis() - cached.checkedAt() < recheckMillis ? cached : load(file);
    return entry == null ? Optional.empty() : Optional.ofNullable(entry.config());
  }

  @Override
  public List<PlaybackConfiguration> list() {
    List<PlaybackConfiguration> result = new ArrayList<>();
    for (String file : configFiles()) {
      Entry entry = load(file);
      if (entry != null && entry.config() != null) {
        result.add(entry.config().value());
      }
    }
    result.sort(Comparator.comparing(PlaybackConfiguration::name));
    return List.copyOf(result);
  }

  /** Files currently skipped, by file name, with the reason (for the admin console). */
  public Map<String, String> problems() {
    Map<String, String> result = new TreeMap<>();
    for (String file : configFiles()) {
      Entry entry = load(file);
      if (entry != null && entry.problem() != null) {
        result.put(file, entry.problem());
      }
    }
    return result;
  }

  @Override
  public Versioned<PlaybackConfiguration> put(
      PlaybackConfiguration config, @Nullable String expectedVersion) {
    List<ConfigError> errors = ConfigurationValidator.validate(config);
    if (!errors.isEmpty()) {
      throw new InvalidConfigurationException(String.valueOf(config.name()), errors);
    }
    byte[] bytes = PlaybackConfigurationJson.writeBytes(config);
    String file = fileName(config.name());
    return underLock(
        () -> {
          checkVersion(config.name(), file, expectedVersion);
          Path target = dir.resolve(file);
          writeAtomically(target, bytes);
          Versioned<PlaybackConfiguration> stored = new Versioned<>(config, version(bytes));
          cache.put(file, new Entry(Stamp.of(attributes(target)), stored, null, clock.millis()));
          return stored;
        });
  }

  @Override
  public boolean delete(String name, @Nullable String expectedVersion) {
    if (!ConfigurationValidator.isValidName(name)) {
      if (expectedVersion != null) {
        throw new VersionConflictException(name, expectedVersion, null);
      }
      return false;
    }
    String file = fileName(name);
    return underLock(
        () -> {
          checkVersion(name, file, expectedVersion);
          boolean existed = Files.deleteIfExists(dir.resolve(file));
          cache.remove(file);
          if (existed) {
            syncDirectory();
          }
          return existed;
        });
  }

  /** The file name used for a configuration name. */
  static String fileName(String name) {
    if (name.length() + SUFFIX.length() <= MAX_PLAIN_FILE_NAME) {
      return name + SUFFIX;
    }
    String hash = version(name.getBytes(StandardCharsets.UTF_8));
    return name.substring(0, 200) + "~" + hash + SUFFIX;
  }

  /** Content version of stored bytes: 128 bits of SHA-256, hex. */
  static String version(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  // ---- reading ----

  /** The cached or freshly parsed entry for a file; {@code null} if the file does not exist. */
  private @Nullable Entry load(String file) {
    Path path = dir.resolve(file);
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      cache.remove(file);
      return null;
    } catch (IOException e) {
      return new Entry(new Stamp(FileTime.fromMillis(0), -1, null), null, e.toString(), 0);
    }
    Stamp stamp = Stamp.of(attrs);
    Entry cached = cache.get(file);
    if (cached != null && cached.stamp().equals(stamp)) {
      if (recheckMillis > 0) {
        cached = cached.checked(clock.millis());
        cache.put(file, cached);
      }
      return cached;
    }
    Entry fresh = parse(path, file, stamp);
    cache.put(file, fresh);
    return fresh;
  }

  private Entry parse(Path path, String file, Stamp stamp) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      return new Entry(stamp, null, "vanished while reading", clock.millis());
    } catch (IOException e) {
      return skipped(stamp, path, "cannot read: " + e);
    }
    try {
      PlaybackConfiguration config = PlaybackConfigurationJson.read(bytes, path.toString());
      if (!fileName(config.name()).equals(file)) {
        return skipped(
            stamp,
            path,
            "/Name: ["
                + config.name()
                + "] does not match the file name (expected "
                + fileName(config.name())
                + ")");
      }
      return new Entry(stamp, new Versioned<>(config, version(bytes)), null, clock.millis());
    } catch (InvalidConfigurationException e) {
      return skipped(stamp, path, e.getMessage());
    }
  }

  private Entry skipped(Stamp stamp, Path path, String problem) {
    LOG.warn("Skipping playback configuration file {}: {}", path, problem);
    return new Entry(stamp, null, problem, clock.millis());
  }

  private List<String> configFiles() {
    List<String> files = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
      for (Path p : stream) {
        String file = p.getFileName().toString();
        if (!file.startsWith(".") && Files.isRegularFile(p)) {
          files.add(file);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list configuration directory " + dir, e);
    }
    files.sort(null);
    return files;
  }

  // ---- writing ----

  private interface Locked<T> {
    T run() throws IOException;
  }

  private <T> T underLock(Locked<T> action) {
    writeLock.lock();
    try (FileChannel lockChannel =
        FileChannel.open(
            dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      FileLock lock = lockChannel.lock();
      try {
        return action.run();
      } finally {
        lock.release();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("configuration store " + dir + ": " + e.getMessage(), e);
    } finally {
      writeLock.unlock();
    }
  }

  /** Compares with the version on disk (read fresh, bypassing the cache). */
  private void checkVersion(String name, String file, @Nullable String expectedVersion)
      throws IOException {
    if (expectedVersion == null) {
      return;
    }
    String actual;
    try {
      actual = version(Files.readAllBytes(dir.resolve(file)));
    } catch (NoSuchFileException e) {
      actual = null;
    }
    boolean ok =
        actual != null && (ANY_VERSION.equals(expectedVersion) || actual.equals(expectedVersion));
    if (!ok) {
      throw new VersionConflictException(name, expectedVersion, actual);
    }
  }

  private void writeAtomically(Path target, byte[] bytes) throws IOException {
    String base = target.getFileName().toString();
    base = base.length() > 100 ? base.substring(0, 100) : base;
    Path temp = dir.resolve("." + base + "." + UUID.randomUUID() + ".tmp");
    try {
      try (FileChannel ch =
          FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          ch.write(buffer);
        }
        ch.force(true);
      }
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException("file system of " + dir + " cannot rename atomically", e);
      }
      syncDirectory();
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Makes the rename durable (POSIX); not possible on every platform, where it is skipped. */
  private void syncDirectory() {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      LOG.debug("Cannot fsync directory {} on this platform: {}", dir, e.toString());
    }
  }

  private static BasicFileAttributes attributes(Path p) throws IOException {
    return Files.readAttributes(p, BasicFileAttributes.class);
  }

  private void removeStaleTempFiles() {
    Instant cutoff = Instant.now().minus(STALE_TEMP_AGE);
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, ".*.tmp")) {
      for (Path p : stream) {
        if (Files.getLastModifiedTime(p).toInstant().isBefore(cutoff)) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException e) {
      LOG.warn("Cannot clean temporary files in {}: {}", dir, e.toString());
    }
  }
}
