package io.splicer.admin.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.splicer.admin.AdminTestServer;
import io.splicer.admin.LiveTestServer;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in headless Chromium (Debian {@code chromium} + {@code chromium-driver}, Selenium
 * 4.38): log in, create a configuration, see a validation error next to its field, fix it, edit,
 * import a JSON file, delete; the Live tab with a session played through the real filter, and the
 * session inspector's timeline. Screenshots go to {@code target/screenshots/}. Skipped when the
 * browser is missing, except with {@code CI=true}, where that is a failure.
 */
class ConsoleBrowserTest {

  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String DRIVER = "/usr/bin/chromedriver";

  @TempDir Path dir;
  private AdminTestServer server;
  private LiveTestServer liveServer;
  private WebDriver driver;
  private WebDriverWait wait;
  private Path shots;

  @BeforeEach
  void start() throws Exception {
    boolean present = new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute();
    if (!present) {
      String message =
          "headless Chromium not installed (apt-get install -y chromium chromium-driver)";
      if ("true".equals(System.getenv("CI"))) {
        fail(message);
      }
      Assumptions.abort(message);
    }
    shots = Path.of(System.getProperty("splicer.screenshots", "target/screenshots"));
    Files.createDirectories(shots);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1400");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(15));
  }

  @AfterEach
  void stop() throws Exception {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
    if (liveServer != null) {
      liveServer.close();
    }
  }

  private void screenshot(String name) throws Exception {
    File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(png.toPath(), shots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  private WebElement byId(String id) {
    return driver.findElement(By.id(id));
  }

  /** Clicks after scrolling the element to the middle of the viewport. */
  private void click(WebElement e) {
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
    e.click();
  }

  private void type(String id, String text) {
    WebElement e = byId(id);
    e.clear();
    e.sendKeys(text);
  }

  private void waitForNotice(String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), text));
  }

  private WebElement row(String name) {
    return wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#config-rows tr[data-name='" + name + "']")));
  }

  @Test
  void console_loginCreateFixEditImportDelete() throws Exception {
    server = AdminTestServer.start(dir, "", true);
    // 1. Unauthenticated: redirected to the login page.
    driver.get(server.url("/admin/"));
    wait.until(ExpectedConditions.urlContains("/admin/login.html"));
    type("password", "wrong");
    click(byId("login-submit"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
    type("password", AdminTestServer.PASSWORD);
    screenshot("01-login");
    click(byId("login-submit"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("user"), "admin"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("empty-list")));
    screenshot("02-empty-list");

    // 2. Create with an invalid ADS URL: 422, message next to the field.
    click(byId("new-config"));
    type("f-Name", "demo-vod");
    type("f-VideoContentSourceUrl", "https://origin.example.com/vod/");
    type("f-AdDecisionServerUrl", "ftp://ads.example.com/vast");
    click(byId("save"));
    wait.until(
        ExpectedConditions.attributeContains(
            By.id("f-AdDecisionServerUrl"), "class", "is-invalid"));
    WebElement feedback =
        driver.findElement(By.cssSelector("#f-AdDecisionServerUrl + .invalid-feedback"));
    assertTrue(feedback.isDisplayed());
    assertTrue(feedback.getText().contains("[ftp://ads.example.com/vast]"), feedback.getText());
    assertFalse(byId("f-Name").getAttribute("class").contains("is-invalid"));
    assertTrue(server.store().find("demo-vod").isEmpty());
    screenshot("03-validation-error");

    // 3. Fix and save: created, listed with its HLS prefix.
    type("f-AdDecisionServerUrl", "https://ads.example.com/vast?dur=[session.avail_duration_secs]");
    click(byId("save"));
    waitForNotice("Saved demo-vod (created).");
    assertTrue(row("demo-vod").getText().contains("/v1/master/dep1/demo-vod/"));
    assertFalse(byId("f-AdDecisionServerUrl").getAttribute("class").contains("is-invalid"));
    screenshot("04-created");

    // 4. Edit: reopen from the list, change the origin, save (conditional on the ETag).
    click(byId("cancel"));
    click(row("demo-vod").findElement(By.cssSelector("button.edit")));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor-title"), "Edit"));
    wait.until(
        ExpectedConditions.attributeToBe(
            By.id("f-VideoContentSourceUrl"), "value", "https://origin.example.com/vod/"));
    type("f-VideoContentSourceUrl", "https://origin2.example.com/vod/");
    type("f-other", "{\"Tags\": {\"team\": \"video\"}}");
    click(byId("save"));
    waitForNotice("Saved demo-vod.");
    assertEquals(
        "https://origin2.example.com/vod/",
        server.store().find("demo-vod").orElseThrow().videoContentSourceUrl());
    assertEquals("video", server.store().find("demo-vod").orElseThrow().tags().get("team"));
    screenshot("05-edited");

    // 5. Import a JSON file (MediaTailor GetPlaybackConfiguration output) and save it.
    Path imported = dir.resolve("imported.json");
    Files.writeString(
        imported,
        "{\"Name\":\"imported-live\",\"PlaybackConfigurationArn\":\"arn:aws:mediatailor:x\","
            + "\"VideoContentSourceUrl\":\"https://live.example.com/\","
            + "\"HlsConfiguration\":{\"ManifestEndpointPrefix\":\"https://x/v1/master/1/imported-live/\"},"
            + "\"AvailSuppression\":{\"Mode\":\"BEHIND_LIVE_EDGE\",\"Value\":\"00:00:30\"}}");
    ((JavascriptExecutor) driver)
        .executeScript("document.getElementById('import-file').classList.remove('d-none')");
    byId("import-file").sendKeys(imported.toString());
    wait.until(ExpectedConditions.attributeToBe(By.id("f-Name"), "value", "imported-live"));
    click(byId("save"));
    waitForNotice("Saved imported-live (created).");
    assertEquals(
        "00:00:30", server.store().find("imported-live").orElseThrow().availSuppression().value());

    // 6. Delete (confirm dialog).
    click(row("demo-vod").findElement(By.cssSelector("button.delete")));
    wait.until(ExpectedConditions.alertIsPresent()).accept();
    waitForNotice("Deleted demo-vod.");
    wait.until(
        ExpectedConditions.numberOfElementsToBe(
            By.cssSelector("#config-rows tr[data-name='demo-vod']"), 0));
    assertTrue(server.store().find("demo-vod").isEmpty());
    List<WebElement> rows = driver.findElements(By.cssSelector("#config-rows tr"));
    assertEquals(1, rows.size());
    screenshot("06-deleted");
  }

  @Test
  void console_liveTabShowsPlayedSessionAndDrawsItsTimeline() throws Exception {
    liveServer = LiveTestServer.start(dir);
    driver.get(liveServer.url("/admin/"));
    wait.until(ExpectedConditions.urlContains("/admin/login.html"));
    type("password", AdminTestServer.PASSWORD);
    click(byId("login-submit"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("user"), "admin"));

    // 1. Live tab before any session: says there is nothing, shows no numbers.
    click(byId("tab-live"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("no-sessions")));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("no-interactions")));
    assertEquals("n/a", byId("stat-fill").getText());
    assertFalse(byId("list-section").isDisplayed());
    screenshot("07-live-empty");

    // 2. Create the configuration in the console: local origin, local ADS (key in its query),
    // slate.
    click(byId("tab-configs"));
    click(byId("new-config"));
    type("f-Name", LiveTestServer.CONFIG);
    type("f-VideoContentSourceUrl", liveServer.originPrefix());
    type("f-AdDecisionServerUrl", liveServer.adsUrl());
    type("f-SlateAdUrl", liveServer.slateUrl());
    click(byId("save"));
    waitForNotice("Saved " + LiveTestServer.CONFIG + " (created).");

    // 3. A viewer plays: multivariant + media playlist, ads stitched by the filter.
    String[] played = liveServer.playSession();
    String id = played[0];
    // implicit session = server-side reporting: ad segments go through /v1/segment (redirects)
    assertTrue(played[1].contains("/v1/segment/"), played[1]);

    // 4. The Live tab picks the session and the ADS interactions up by itself (auto-refresh).
    click(byId("tab-live"));
    WebElement session =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#session-rows tr[data-session='" + id + "']")));
    assertTrue(session.getText().contains(LiveTestServer.CONFIG), session.getText());
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#interaction-rows tr"), 2));
    String interactions = byId("interaction-rows").getText();
    assertTrue(interactions.contains("key=***"), interactions);
    assertFalse(interactions.contains("SECRET"), interactions);
    assertTrue(byId("stat-fill").getText().endsWith("%"), byId("stat-fill").getText());
    screenshot("08-live-session");

    // 5. The inspector draws the personalised timeline: ads, content and hatched slate.
    click(session.findElement(By.cssSelector("button.inspect")));
    wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#timeline-svg rect.band")));
    List<String> kinds = new java.util.ArrayList<>();
    for (WebElement band : driver.findElements(By.cssSelector("#timeline-svg rect.band"))) {
      kinds.add(band.getAttribute("data-kind") + ":" + band.getAttribute("data-ad"));
    }
    assertEquals(
        List.of("AD:ad-15s", "AD:ad-10s", "CONTENT:", "AD:ad-15s", "SLATE:slate", "CONTENT:"),
        kinds);
    assertEquals(
        "url(#hatch)",
        driver.findElement(By.cssSelector("#timeline-svg rect.band-slate")).getAttribute("fill"));
    assertTrue(byId("decision-rows").getText().contains("AVAIL_DURATION_EXCEEDED"));
    ((JavascriptExecutor) driver)
        .executeScript("document.getElementById('inspector').scrollIntoView({block: 'start'})");
    screenshot("09-session-timeline");

    // 6. A DASH viewer: 302 to the session URL, personalised MPD with ad Periods. The Live tab
    // lists it as DASH and the inspector draws its ad Period (named by its @id) in the avail.
    LiveTestServer.DashPlay dash = liveServer.playDashSession();
    List<String> adPeriods = adPeriodIds(dash.mpd());
    assertFalse(adPeriods.isEmpty(), dash.mpd());
    WebElement dashRow =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#session-rows tr[data-session='" + dash.sessionId() + "']")));
    assertEquals("DASH", dashRow.findElement(By.cssSelector("td.protocol")).getText());
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("stat-stitch"), "MPDs stitched 1,"));
    click(dashRow.findElement(By.cssSelector("button.inspect")));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("inspector-id"), dash.sessionId()));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("inspector-meta"), "DASH MPD"));
    List<String> dashAds = new java.util.ArrayList<>();
    for (WebElement band :
        driver.findElements(By.cssSelector("#timeline-svg rect.band[data-kind='AD']"))) {
      dashAds.add(band.getAttribute("data-ad"));
    }
    assertFalse(dashAds.isEmpty());
    assertTrue(adPeriods.containsAll(dashAds), adPeriods + " vs " + dashAds);
    // the fixture's avail starts at 30 s (Event presentationTime 2700000 at 90 kHz); ad-15s fills
    // it
    WebElement firstAd =
        driver.findElement(By.cssSelector("#timeline-svg rect.band[data-kind='AD']"));
    assertEquals(
        "ad Period " + dashAds.get(0) + " · starts 30 s · lasts 15 s",
        firstAd.findElement(By.tagName("title")).getAttribute("textContent"));
    assertTrue(
        byId("timeline-svg").getText().contains("Period " + dashAds.get(0)),
        byId("timeline-svg").getText());
    assertTrue(byId("decision-rows").getText().contains("ad-15s"), byId("decision-rows").getText());
    ((JavascriptExecutor) driver)
        .executeScript("document.getElementById('inspector').scrollIntoView({block: 'start'})");
    screenshot("10-dash-session-timeline");
  }

  /** The {@code @id}s of the MPD's ad Periods (those whose BaseURL goes through the filter). */
  private static List<String> adPeriodIds(String mpd) {
    List<String> ids = new java.util.ArrayList<>();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "<Period[^>]*\\bid=\"([^\"]+)\"[^>]*>\\s*<BaseURL>[^<]*/v1/dashsegment/")
            .matcher(mpd);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }
}
