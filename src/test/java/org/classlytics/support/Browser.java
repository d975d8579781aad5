package org.classlytics.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.classlytics.roster.Person;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A real browser for page tests: Debian's headless Chromium, driven through Debian's
 * chromedriver, against the application of the {@link IntegrationTest} on its random
 * port. Register it in a browser test class:
 *
 * <pre>
 * &#64;IntegrationTest
 * &#64;Tag("browser")
 * class ParentPageTests {
 *
 *     &#64;RegisterExtension
 *     static final Browser browser = new Browser();
 *
 *     &#64;Test
 *     void showsTheChildren() {
 *         browser.signIn(w.parentX());
 *         assertThat(browser.text("#children")).contains("Xena Xenos");
 *         browser.screenshot("parent-home");
 *     }
 * }
 * </pre>
 *
 * One browser serves a whole class and starts each test signed out, with no cookies and
 * at desktop size. It never downloads anything: the driver and the browser are the
 * system's, named explicitly, so Selenium Manager is never asked. Without them the test
 * class fails (CI installs them; so does
 * {@code apt-get install chromium chromium-driver}). With
 * {@code -Dclasslytics.screenshots=true}, {@link #screenshot} writes
 * {@code docs/screenshots/<name>.png}.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

	public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	public static final Dimension DESKTOP = new Dimension(1280, 900);

	/**
	 * A small phone held upright (CSS pixels).
	 */
	public static final Dimension PHONE = new Dimension(360, 740);

	private static final Duration PATIENCE = Duration.ofSeconds(10);

	/**
	 * Held so that its level sticks (java.util.logging keeps loggers weakly).
	 */
	private static final Logger seleniumLog = Logger.getLogger("org.openqa.selenium");

	private ChromeDriverService service;

	private WebDriver driver;

	private Path profile;

	private String baseUrl;

	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		requireInstalled();
		this.baseUrl = "http://localhost" + ":"
				+ SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
		// Selenium complains at length that no CDP bridge matches this Chromium; the
		// tests use WebDriver only.
		seleniumLog.setLevel(Level.SEVERE);
		this.profile = Files.createTempDirectory("classlytics-chromium-");
		this.service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(this.service, options(this.profile));
		this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		this.driver.manage().window().setSize(DESKTOP);
		// Cookies belong to the site, so the browser must be on it to forget them.
		this.driver.get(this.baseUrl + "/css/classlytics.css");
		this.driver.manage().deleteAllCookies();
	}

	@Override
	public void afterAll(ExtensionContext context) throws IOException {
		try {
			if (this.driver != null) {
				this.driver.quit();
			}
		}
		finally {
			if (this.service != null) {
				this.service.stop();
			}
			deleteProfile();
		}
	}

	private static void requireInstalled() {
		for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
			if (!Files.isExecutable(binary)) {
				throw new IllegalStateException("Browser tests need Debian's Chromium and its driver, but " + binary
						+ " is missing. Install them with: apt-get install -y chromium chromium-driver "
						+ "(.ci/run does this on CI).");
			}
		}
	}

	private static ChromeOptions options(Path profile) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,900");
		// The browser's own language is English whatever the machine's, so that tests
		// of the default language start from a known place.
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
		return options;
	}

	private void deleteProfile() throws IOException {
		if (this.profile == null) {
			return;
		}
		try (Stream<Path> files = Files.walk(this.profile)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

	/**
	 * The driver itself, for what this class does not wrap.
	 */
	public WebDriver driver() {
		return this.driver;
	}

	public String baseUrl() {
		return this.baseUrl;
	}

	/**
	 * Opens a path of the application, such as {@code /admin}.
	 */
	public Browser open(String path) {
		this.driver.get(this.baseUrl + path);
		return this;
	}

	/**
	 * Signs in with the fixtures' password and waits for the page it lands on.
	 */
	public Browser signIn(Person person) {
		return signIn(person.email(), Fixtures.PASSWORD);
	}

	public Browser signIn(String email, String password) {
		open("/login");
		WebElement emailField = this.driver.findElement(By.id("email"));
		emailField.clear();
		emailField.sendKeys(email);
		this.driver.findElement(By.id("password")).sendKeys(password);
		String before = this.driver.getCurrentUrl();
		this.driver.findElement(By.id("sign-in")).click();
		waitUntil(ExpectedConditions.not(ExpectedConditions.urlToBe(before)));
		return this;
	}

	/**
	 * Presses the sign-out button of the page frame and waits for the sign-in page.
	 */
	public Browser signOut() {
		this.driver.findElement(By.id("sign-out")).click();
		waitUntil(ExpectedConditions.urlContains("/login"));
		return this;
	}

	/**
	 * Picks a language in the switcher of the page frame ({@code en}, {@code ru} or
	 * {@code el}) and waits for the page to come back in it.
	 */
	public Browser chooseLanguage(String tag) {
		WebElement oldPage = this.driver.findElement(By.tagName("html"));
		new Select(this.driver.findElement(By.id("language"))).selectByValue(tag);
		this.driver.findElement(By.id("change-language")).click();
		// The old page must be gone first; reading the new one while it replaces the
		// old one can hit an element that is already detached.
		waitUntil((driver) -> isDetached(oldPage));
		waitUntil(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", tag));
		return this;
	}

	/**
	 * Whether an element is gone from the page. Chromium reports a node caught in the
	 * middle of a navigation as "does not belong to the document", an unknown error
	 * rather than a stale reference, so both mean the old page has been replaced.
	 */
	private static boolean isDetached(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	/**
	 * The path of the current page, without the host.
	 */
	public String path() {
		return URI.create(this.driver.getCurrentUrl()).getPath();
	}

	public String title() {
		return this.driver.getTitle();
	}

	/**
	 * The visible text of the first element that matches a CSS selector.
	 */
	public String text(String css) {
		return find(css).getText();
	}

	public WebElement find(String css) {
		return this.driver.findElement(By.cssSelector(css));
	}

	public List<WebElement> all(String css) {
		return this.driver.findElements(By.cssSelector(css));
	}

	public boolean has(String css) {
		return !all(css).isEmpty();
	}

	/**
	 * Runs JavaScript in the page and returns its result.
	 */
	public Object script(String javascript, Object... arguments) {
		return ((JavascriptExecutor) this.driver).executeScript(javascript, arguments);
	}

	public <T> T waitUntil(Function<? super WebDriver, T> condition) {
		return new WebDriverWait(this.driver, PATIENCE).ignoring(StaleElementReferenceException.class).until(condition);
	}

	public Browser resize(Dimension size) {
		this.driver.manage().window().setSize(size);
		return this;
	}

	/**
	 * Writes the current page to {@code docs/screenshots/<name>.png} when the run asks
	 * for screenshots ({@code -Dclasslytics.screenshots=true}); otherwise does nothing.
	 */
	public Browser screenshot(String name) {
		if (!Boolean.getBoolean("classlytics.screenshots")) {
			return this;
		}
		try {
			Path target = Path.of("docs", "screenshots", name + ".png");
			Files.createDirectories(target.getParent());
			Files.write(target, ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this;
	}

}
