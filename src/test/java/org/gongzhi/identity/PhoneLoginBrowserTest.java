package org.gongzhi.identity;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.gongzhi.support.BrowserTest;
import org.gongzhi.support.RecordingSmsSender;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class PhoneLoginBrowserTest extends BrowserTest {

	@Autowired
	private RecordingSmsSender sms;

	@Test
	void aResidentOnAPhoneSignsInWithTheCodeFromTheTextMessage() {
		onPhone();
		open("/login");
		this.page.getByTestId("phone-login-link").click();
		this.page.fill("#phone", "13512345678");
		this.page.getByTestId("phone-form").locator("button[type=submit]").click();
		assertThat(this.page.getByTestId("notice")).containsText("验证码已发送");
		Matcher code = Pattern.compile("([0-9]{6})").matcher(this.sms.lastTo("13512345678"));
		org.assertj.core.api.Assertions.assertThat(code.find()).isTrue();
		this.page.fill("#code", code.group(1));
		this.page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "phone-login.png")));
		this.page.getByTestId("code-form").locator("button[type=submit]").click();
		assertThat(this.page.getByTestId("user-name")).hasText("居民 135****5678");
		assertThat(this.page.getByTestId("user-roles")).containsText("居民");
	}

}
