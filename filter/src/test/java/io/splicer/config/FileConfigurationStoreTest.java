package io.splicer.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.splicer.session.MutableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileConfigurationStoreTest {

  @TempDir Path dir;

  private static PlaybackConfiguration config(String name, String origin) {
    return PlaybackConfiguration.builder(name).videoContentSourceUrl(origin).build();
  }

  @Test
  void put_thenFind_returnsConfigurationAndWritesNamedFile() throws IOException {
    FileConfigurationStore store = new FileConfigurationStore(dir);
    PlaybackConfiguration c = config("demo", "/origin/");
    Versioned<PlaybackConfiguration> stored = store.put(c);
    assertEquals(Optional.of(c), store.find("demo"));
    assertEquals(stored, store.findVersioned("demo").orElseThrow());
    assertEquals(PlaybackConfigurationJson.write(c), Files.readString(dir.resolve("demo.json")));
    assertEquals(
        FileConfigurationStore.version(Files.readAllBytes(dir.resolve("demo.json"))),
        stored.version());
  }

  @Test
  void find_unknownOrUnsafeName_empty() {
    FileConfigurationStore store = new FileConfigurationStore(dir);
    assertEquals(Optional.empty(), store.find("nope"));
    assertEquals(Optional.empty(), store.find("../etc/passwd"));
    assertEquals(Optional.empty(), store.find(""));
  }

  @Test
  void list_sortedByName_skipsTempAndOtherFiles() throws IOException {
    FileConfigurationStore store = new FileConfigurationStore(dir);
    store.put(config("b", "/b/"));
    store.put(config("a", "/a/"));
    Files.writeString(dir.resolve(".a.json.123.tmp"), "{half");
    Files.writeString(dir.resolve("notes.txt"), "hello");
    assertEquals(
        List.of("a", "b"), store.list().stream().map(PlaybackConfiguration::name).toList());
  }

  @Test
  void put_invalidConfiguration_rejectedWithAllErrorsAndNothingWritten() throws IOException {
    FileConfigurationStore store = new FileConfigurationStore(dir);
    InvalidConfigurationException e =
        assertThrows(
            InvalidConfigurationException.class,
            () -> store.put(PlaybackConfiguration.builder("bad").slateAdUrl("x").build()));
    assertEquals(2, e.errors().size(), e.errors().toString());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(), files.filter(p -> p.toString().endsWith(".json")).toList());
    }
  }

  @Test
  void delete_existingAndMissing_reportsWhetherItExisted() {
    FileConfigurationStore store = new FileConfigurationStore(dir);
    store.put(config("gone", "/o/"));
    assertTrue(store.delete("gone"));
    assertFalse(store.delete("gone"));
    assertEquals(Optional.empty(), store.find("gone"));
    assertFalse(Files.exists(dir.resolve("gone.json")));
  }

  @Test
  void put_conditional_matchesOnlyTheCurrentVersion() {
    FileConfigurationStore store = new FileConfigurationStore(dir);
    String v1 = store.put(config("c", "/one/")).version();
    String v2 = store.put(config("c", "/two/"), v1).version();
    assertNotEquals(v1, v2);
    VersionConflictException e =
        assertThrows(VersionConflictException.class, () -> store.put(config("c", "/three/"), v1));
    assertEquals(v2, e.actualVersion());
    assertEquals("/two/", store.find("c").orElseThrow().videoContentSourceUrl());
    assertThrows(
        VersionConflictException.class,
        () -> store.put(config("new", "/o/"), ConfigurationRepository.ANY_VERSION));
    store.put(config("c", "/four/"), ConfigurationRepository.ANY_VERSION);
    assertThrows(VersionConflictException.class, () -> store.delete("c", v2));
    assertTrue(store.delete("c", store.findVersioned("c").orElseThrow().version()));
  }

  @Test
  void find_fileChangedOnDisk_seenWithoutRestart() throws IOException {
    FileConfigurationStore store = new FileConfigurationStore(dir);
    Files.writeString(
        dir.resolve("ext.json"), "{\"Name\":\"ext\",\"VideoContentSourceUrl\":\"/first/\"}");
    assertEquals("/first/", store.find("ext").orElseThrow().videoContentSourceUrl());
    Files.writeString(
        dir.resolve("ext.json"),
        "{\"Name\":\"ext\",\"VideoContentSourceUrl\":\"/second-and-longer/\"}");
    assertEquals("/second-and-longer/", store.find("ext").orElseThrow().videoContentSourceUrl());
    Files.delete(dir.resolve("ext.json"));
    assertEquals(Optional.empty(), store.find("ext"));
  }

  @Test
  void find_recheckInterval_fileChangedOnDiskSeenOnceTheIntervalHasPassed() throws IOException {
    MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    FileConfigurationStore store = new FileConfigurationStore(dir, Duration.ofMillis(500), clock);
    Files.writeString(
        dir.resolve("ext.json"), "{\"Name\":\"ext\",\"VideoContentSourceUrl\":\"/first/\"}");
    assertEquals("/first/", store.find("ext").orElseThrow().videoContentSourceUrl());
    Files.writeString(
        dir.resolve("ext.json"),
        "{\"Name\":\"ext\",\"VideoContentSourceUrl\":\"/second-and-longer/\"}");
    clock.advance(Duration.ofMillis(499)); // within the interval: the checked file is trusted
    assertEquals("/first/", store.find("ext").orElseThrow().videoContentSourceUrl());
    clock.advance(Duration.ofMillis(1)); // the bound: checked on disk again
    assertEquals("/second-and-longer/", store.find("ext").orElseThrow().videoContentSourceUrl());
    Files.delete(dir.resolve("ext.json"));
    clock.advance(Duration.ofMillis(500));
    assertEquals(Optional.empty(), store.find("ext"));
  }

  @Test
  void find_recheckInterval_ownWritesNewFilesAndListingsSeenAtOnce() throws IOException {
    MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    FileConfigurationStore store = new FileConfigurationStore(dir, Duration.ofHours(1), clock);
    store.put(config("own", "/a/"));
    assertEquals("/a/", store.find("own").orElseThrow().videoContentSourceUrl());
    store.put(config("own", "/b/"));
    assertEquals("/b/", store.find("own").orElseThrow().videoContentSourceUrl());
    Files.writeString(
        dir.resolve("new.json"), "{\"Name\":\"new\",\"VideoContentSourceUrl\":\"/n/\"}");
    assertEquals("/n/", store.find("new").orElseThrow().videoContentSourceUrl());
    Files.writeString(
        dir.resolve("new.json"), "{\"Name\":\"new\",\"VideoContentSourceUrl\":\"/nn/\"}");
    assertEquals(
        List.of("/nn/", "/b/"), // by name: new, own
        store.list().stream().map(PlaybackConfiguration::videoContentSourceUrl).toList());
    assertTrue(store.delete("own", null));
    assertEquals(Optional.empty(), store.find("own"));
  }

  @Test
  void find_otherStoreInstanceWrites_seenWithoutRestart() {
    FileConfigurationStore reader = new FileConfigurationStore(dir);
    FileConfigurationStore writer = new FileConfigurationStore(dir);
    writer.put(config("shared", "/a/"));
    assertEquals("/a/", reader.find("shared").orElseThrow().videoContentSourceUrl());
    writer.put(config("shared", "/b/"));
    assertEquals("/b/", reader.find("shared").orElseThrow().videoContentSourceUrl());
  }

  @Test
  void malformedFiles_skippedAndReportedWithPointer_othersStillLoad() throws IOException {
    FileConfigurationStore store = new FileConfigurationStore(dir);
    store.put(config("good", "/o/"));
    Files.writeString(dir.resolve("broken.json"), "{\"Name\":\"broken\",");
    Files.writeString(
        dir.resolve("typo.json"),
        "{\"Name\":\"typo\",\"VideoContentSourceUrl\":\"/o/\",\"Nmae\":1}");
    Files.writeString(
        dir.resolve("copied.json"), "{\"Name\":\"good\",\"VideoContentSourceUrl\":\"/o/\"}");
    assertEquals(List.of("good"), store.list().stream().map(PlaybackConfiguration::name).toList());
    assertEquals(Optional.empty(), store.find("typo"));
    Map<String, String> problems = store.problems();
    assertEquals(
        List.of("broken.json", "copied.json", "typo.json"), List.copyOf(problems.keySet()));
    assertTrue(problems.get("broken.json").contains("not valid JSON"), problems.get("broken.json"));
    assertTrue(
        problems.get("typo.json").contains("/Nmae: unknown field"), problems.get("typo.json"));
    assertTrue(problems.get("typo.json").contains(dir.resolve("typo.json").toString()));
    assertTrue(problems.get("copied.json").contains("/Name: [good] does not match the file name"));
  }

  @Test
  void put_veryLongName_storedUnderHashedFileName() {
    FileConfigurationStore store = new FileConfigurationStore(dir);
    String name = "n".repeat(512);
    store.put(config(name, "/o/"));
    assertEquals(name, store.find(name).orElseThrow().name());
    assertEquals(List.of(name), store.list().stream().map(PlaybackConfiguration::name).toList());
    String file = FileConfigurationStore.fileName(name);
    assertTrue(file.length() < 255 && file.contains("~"), file);
  }

  @Test
  void put_concurrentCompareAndSet_noLostUpdates() throws Exception {
    FileConfigurationStore store = new FileConfigurationStore(dir);
    store.put(counter(0));
    int threads = 6;
    int incrementsEach = 25;
    AtomicInteger conflicts = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        FileConfigurationStore own = t % 2 == 0 ? store : new FileConfigurationStore(dir);
        futures.add(pool.submit(() -> increment(own, incrementsEach, conflicts)));
      }
      futures.add(pool.submit(() -> readUntilDone(store, threads * incrementsEach)));
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(threads * incrementsEach, count(store.find("counter").orElseThrow()));
  }

  private static PlaybackConfiguration counter(int n) {
    return PlaybackConfiguration.builder("counter")
        .videoContentSourceUrl("/o/")
        .tags(Map.of("n", Integer.toString(n)))
        .build();
  }

  private static int count(PlaybackConfiguration c) {
    return Integer.parseInt(c.tags().get("n"));
  }

  private static Void increment(FileConfigurationStore store, int times, AtomicInteger conflicts) {
    for (int done = 0; done < times; ) {
      Versioned<PlaybackConfiguration> current = store.findVersioned("counter").orElseThrow();
      try {
        store.put(counter(count(current.value()) + 1), current.version());
        done++;
      } catch (VersionConflictException e) {
        conflicts.incrementAndGet();
      }
    }
    return null;
  }

  /** A concurrent reader always sees a complete, valid configuration. */
  private static Void readUntilDone(FileConfigurationStore store, int target) {
    int last = 0;
    while (last < target) {
      int now = count(store.find("counter").orElseThrow());
      assertTrue(now >= last, "counter went back from " + last + " to " + now);
      last = now;
    }
    return null;
  }
}
