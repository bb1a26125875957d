package io.splicer.dist;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Command-line options of the standalone launcher.
 *
 * @param port HTTP port (0 = any free port)
 * @param bind address to listen on
 * @param dataDir data directory (demo content, Tomcat work files)
 * @param configDir playback configuration directory
 * @param demo whether the demo origin, ADS and player page are installed
 * @param adminPassword the console's {@code admin} password ({@code --admin-password} or env
 *     {@value #ADMIN_PASSWORD_ENV}); {@code null}: generated at first start and stored hashed
 */
public record LauncherOptions(
    int port,
    String bind,
    Path dataDir,
    Path configDir,
    boolean demo,
    @Nullable String adminPassword) {

  /** Environment variable consulted when {@code --admin-password} is absent. */
  public static final String ADMIN_PASSWORD_ENV = "SPLICER_ADMIN_PASSWORD";

  public static final int DEFAULT_PORT = 8080;
  public static final String DEFAULT_BIND = "127.0.0.1";

  public static final String USAGE =
      String.join(
          "\n",
          "Usage: java -jar splicer-standalone.jar [options]",
          "  --port N           HTTP port (default 8080; 0 = any free port)",
          "  --bind ADDR        listen address (default 127.0.0.1; 0.0.0.0 = all interfaces)",
          "  --data-dir DIR     data directory (default ./data, or ~/.splicer if the current",
          "                     directory is not writable)",
          "  --config-dir DIR   playback configurations, one <Name>.json each",
          "                     (default <data-dir>/config)",
          "  --no-demo          front real origins only: no demo origin, ad server or player page",
          "  --admin-password P password of the admin console's user 'admin' (or env",
          "                     SPLICER_ADMIN_PASSWORD); default: generated at first start,",
          "                     printed once and stored hashed in <data-dir>",
          "  --help             this text");

  /** Thrown for bad arguments; the message is meant for the user, followed by {@link #USAGE}. */
  public static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
      super(message);
    }
  }

  /**
   * Parses the arguments.
   *
   * @param args command-line arguments ({@code --opt value} or {@code --opt=value})
   * @param workingDir the current directory
   * @param home the user's home directory
   * @return the options, or {@code null} when {@code --help} was asked for
   */
  public static @Nullable LauncherOptions parse(String[] args, Path workingDir, Path home)
      throws UsageException {
    int port = DEFAULT_PORT;
    String bind = DEFAULT_BIND;
    Path dataDir = null;
    Path configDir = null;
    boolean demo = true;
    String adminPassword = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String value = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        value = arg.substring(eq + 1);
        arg = arg.substring(0, eq);
      }
      switch (arg) {
        case "--help", "-h" -> {
          return null;
        }
        case "--no-demo" -> {
          if (value != null) {
            throw new UsageException("--no-demo takes no value");
          }
          demo = false;
        }
        case "--port", "--bind", "--data-dir", "--config-dir", "--admin-password" -> {
          if (value == null) {
            if (i + 1 >= args.length) {
              throw new UsageException(arg + " needs a value");
            }
            value = args[++i];
          }
          switch (arg) {
            case "--port" -> port = port(value);
            case "--bind" -> bind = nonEmpty(arg, value);
            case "--data-dir" -> dataDir = workingDir.resolve(nonEmpty(arg, value));
            case "--admin-password" -> adminPassword = nonEmpty(arg, value);
            default -> configDir = workingDir.resolve(nonEmpty(arg, value));
          }
        }
        default -> throw new UsageException("unknown option [" + args[i] + "]");
      }
    }
    if (dataDir == null) {
      dataDir =
          Files.isWritable(workingDir) ? workingDir.resolve("data") : home.resolve(".splicer");
    }
    if (configDir == null) {
      configDir = dataDir.resolve("config");
    }
    return new LauncherOptions(
        port, bind, dataDir.normalize(), configDir.normalize(), demo, adminPassword);
  }

  /** These options, with the admin password from the environment when none was given. */
  public LauncherOptions withAdminPasswordFrom(UnaryOperator<@Nullable String> env) {
    if (adminPassword != null) {
      return this;
    }
    String fromEnv = env.apply(ADMIN_PASSWORD_ENV);
    return fromEnv == null || fromEnv.isEmpty()
        ? this
        : new LauncherOptions(port, bind, dataDir, configDir, demo, fromEnv);
  }

  @Override
  public String toString() {
    return "LauncherOptions[port=%d, bind=%s, dataDir=%s, configDir=%s, demo=%s, adminPassword=%s]"
        .formatted(port, bind, dataDir, configDir, demo, adminPassword == null ? "(none)" : "***");
  }

  private static int port(String value) throws UsageException {
    try {
      int port = Integer.parseInt(value);
      if (port >= 0 && port <= 65_535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException("--port must be 0..65535, got [" + value + "]");
  }

  private static String nonEmpty(String option, String value) throws UsageException {
    if (value.isBlank()) {
      throw new UsageException(option + " must not be empty");
    }
    return value;
  }
}
