package org.gongzhi.support;

import org.junit.jupiter.api.AfterEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port with the demo district, on H2 unless the
 * subclass is a {@link PostgresTest}. All such tests share one context per database, so
 * keep this configuration the same everywhere. The application clock is a
 * {@link TestClock}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
@Import({ TestClockConfig.class, TestSmsConfig.class })
public abstract class ApplicationTest {

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcClient jdbc;

	/** The application's clock: move it forward to test time-dependent rules. */
	@Autowired
	protected TestClock clock;

	@AfterEach
	void backToRealTime() {
		this.clock.reset();
	}

	/** A fresh HTTP client with its own cookies, talking to this application. */
	protected TestHttp http() {
		return new TestHttp("http://localhost:" + this.port);
	}

}
