package org.gongzhi.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port with the demo district, on H2 unless the
 * subclass is a {@link PostgresTest}. All such tests share one context per database, so
 * keep this configuration the same everywhere.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
public abstract class ApplicationTest {

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcClient jdbc;

	/** A fresh HTTP client with its own cookies, talking to this application. */
	protected TestHttp http() {
		return new TestHttp("http://localhost:" + this.port);
	}

}
