package io.splicer.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherOptionsTest {

  @TempDir Path cwd;
  private final Path home = Path.of("/home/someone");

  private LauncherOptions parse(String... args) throws Exception {
    return LauncherOptions.parse(args, cwd, home);
  }

  @Test
  void parse_noArguments_defaults() throws Exception {
    LauncherOptions o = parse();
    assertEquals(8080, o.port());
    assertEquals("127.0.0.1", o.bind());
    assertEquals(cwd.resolve("data"), o.dataDir());
    assertEquals(cwd.resolve("data/config"), o.configDir());
    assertTrue(o.demo());
  }

  @Test
  void parse_allOptions_bothSyntaxes() throws Exception {
    LauncherOptions o =
        parse(
            "--port",
            "9090",
            "--bind=0.0.0.0",
            "--data-dir",
            "d",
            "--config-dir=/etc/cfg",
            "--no-demo");
    assertEquals(9090, o.port());
    assertEquals("0.0.0.0", o.bind());
    assertEquals(cwd.resolve("d"), o.dataDir());
    assertEquals(Path.of("/etc/cfg"), o.configDir());
    assertFalse(o.demo());
  }

  @Test
  void parse_adminPassword_optionWinsOverEnvironment() throws Exception {
    LauncherOptions given = parse("--admin-password", "from-option");
    assertEquals("from-option", given.withAdminPasswordFrom(k -> "from-env").adminPassword());
    assertFalse(given.toString().contains("from-option"));
    LauncherOptions none = parse();
    assertNull(none.adminPassword());
    assertEquals(
        "from-env",
        none.withAdminPasswordFrom(
                k -> k.equals(LauncherOptions.ADMIN_PASSWORD_ENV) ? "from-env" : null)
            .adminPassword());
    assertNull(none.withAdminPasswordFrom(k -> null).adminPassword());
  }

  @Test
  void parse_dataDirOnly_configDirFollowsIt() throws Exception {
    assertEquals(cwd.resolve("x/config"), parse("--data-dir", "x").configDir());
  }

  @Test
  void parse_help_returnsNull() throws Exception {
    assertNull(parse("--port", "1", "--help"));
  }

  @Test
  void parse_badInput_usageErrorsNamingTheProblem() {
    assertEquals(
        "--port must be 0..65535, got [70000]",
        assertThrows(LauncherOptions.UsageException.class, () -> parse("--port", "70000"))
            .getMessage());
    assertEquals(
        "--port must be 0..65535, got [abc]",
        assertThrows(LauncherOptions.UsageException.class, () -> parse("--port=abc")).getMessage());
    assertEquals(
        "--bind needs a value",
        assertThrows(LauncherOptions.UsageException.class, () -> parse("--bind")).getMessage());
    assertEquals(
        "unknown option [--demo]",
        assertThrows(LauncherOptions.UsageException.class, () -> parse("--demo")).getMessage());
    assertEquals(
        "--no-demo takes no value",
        assertThrows(LauncherOptions.UsageException.class, () -> parse("--no-demo=yes"))
            .getMessage());
  }
}
