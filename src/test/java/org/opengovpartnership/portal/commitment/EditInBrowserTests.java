package org.opengovpartnership.portal.commitment;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opengovpartnership.portal.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor's whole round in a real browser: sign in, edit a commitment's title, see it
 * on the member page, sign out.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:edit-in-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"portal.admin.username=editor-in-chief", "portal.admin.password=a long enough test password" })
@DirtiesContext
class EditInBrowserTests {

	@TempDir
	Path profiles;

	@LocalServerPort
	int port;

	private ChromeDriver browser;

	private WebDriverWait wait;

	@BeforeEach
	void startChromium() throws IOException {
		this.browser = Browser.start(this.profiles);
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(30));
	}

	@AfterEach
	void stopChromium() {
		this.browser.quit();
	}

	@Test
	void signsInEditsATitleSeesItOnTheMemberPageAndSignsOut() {
		open("/login");
		this.browser.findElement(By.id("username")).sendKeys("editor-in-chief");
		this.browser.findElement(By.id("password")).sendKeys("a long enough test password");
		this.browser.findElement(By.cssSelector("main button[type=submit]")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("Admin")));

		open("/members/mexico/commitments/MX0080");
		this.browser.findElement(By.linkText("Edit")).click();
		WebElement title = this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("title")));
		assertThat(title.getAttribute("value")).isEqualTo("Open Platform for Public Security Information");
		title.clear();
		title.sendKeys("Open Platform for Public Security Data");
		// Enter saves: the form's default button is a hidden "Save", not the first
		// milestone's "Move down".
		title.sendKeys(Keys.ENTER);
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash-ok"),
				"The commitment was saved."));

		open("/members/mexico");
		assertThat(this.browser.findElement(By.id("commitments")).getText())
			.contains("Open Platform for Public Security Data")
			.doesNotContain("Open Platform for Public Security Information");

		this.browser.findElement(By.cssSelector(".site-header form button")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash-ok"),
				"You have signed out."));
		open("/members/mexico");
		assertThat(this.browser.findElements(By.linkText("Admin"))).isEmpty();
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path + (path.contains("?") ? "&" : "?") + "lang=en");
	}

}
