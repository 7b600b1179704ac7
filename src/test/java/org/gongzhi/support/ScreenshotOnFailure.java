package org.gongzhi.support;

import java.nio.file.Path;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Saves what the browser showed when a test failed, before the page is closed. */
class ScreenshotOnFailure implements AfterTestExecutionCallback {

	@Override
	public void afterTestExecution(ExtensionContext context) {
		if (context.getExecutionException().isEmpty()
				|| !(context.getRequiredTestInstance() instanceof BrowserTest test) || test.page() == null) {
			return;
		}
		String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
		test.page()
			.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png"))
				.setFullPage(true));
	}

}
