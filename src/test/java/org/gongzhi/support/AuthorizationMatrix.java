package org.gongzhi.support;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.gongzhi.demo.DemoUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks who may call which endpoint, for every demo user and an anonymous caller at
 * once: the users allowed get the expected status, every other signed-in user 403 and the
 * anonymous caller 401, each as problem+json. Failures are reported together as a table.
 *
 * <pre>
 * new AuthorizationMatrix(this::http)
 * 	.get("/api/identity/audit").allows(200, DemoUser.AUDITOR)
 * 	.get("/api/identity/me").allowsEveryone(200)
 * 	.verify();
 * </pre>
 */
public final class AuthorizationMatrix {

	private final Supplier<TestHttp> clients;

	private final List<Row> rows = new ArrayList<>();

	private final Map<DemoUser, TestHttp> sessions = new EnumMap<>(DemoUser.class);

	private Request pending;

	public AuthorizationMatrix(Supplier<TestHttp> clients) {
		this.clients = clients;
	}

	public AuthorizationMatrix get(String path) {
		this.pending = new Request("GET", path, null);
		return this;
	}

	/**
	 * A POST with a JSON body; use bodies that change nothing for the allowed users (an
	 * unknown id, a rejected value) so the matrix can run in any order.
	 */
	public AuthorizationMatrix post(String path, String json) {
		this.pending = new Request("POST", path, json);
		return this;
	}

	/** A PUT with a JSON body; as for {@link #post}, use bodies that change nothing. */
	public AuthorizationMatrix put(String path, String json) {
		this.pending = new Request("PUT", path, json);
		return this;
	}

	/** The users allowed to make the last request, and what they get. */
	public AuthorizationMatrix allows(int status, DemoUser... users) {
		if (this.pending == null) {
			throw new IllegalStateException("name a request first");
		}
		Set<DemoUser> allowed = (users.length == 0) ? EnumSet.noneOf(DemoUser.class) : EnumSet.of(users[0], users);
		this.rows.add(new Row(this.pending, allowed, status));
		this.pending = null;
		return this;
	}

	/** Every signed-in user may make the last request. */
	public AuthorizationMatrix allowsEveryone(int status) {
		return allows(status, DemoUser.values());
	}

	public void verify() {
		List<String> mismatches = new ArrayList<>();
		for (Row row : this.rows) {
			check(row, "anonymous", this.clients.get(), 401, mismatches);
			for (DemoUser user : DemoUser.values()) {
				TestHttp http = this.sessions.computeIfAbsent(user, (who) -> this.clients.get().loginAs(who));
				check(row, user.username(), http, row.allowed().contains(user) ? row.status() : 403, mismatches);
			}
		}
		assertThat(mismatches).as("caller / request / expected / got").isEmpty();
	}

	private static void check(Row row, String caller, TestHttp http, int expected, List<String> mismatches) {
		TestHttp.Response response = switch (row.request().method()) {
			case "GET" -> http.get(row.request().path());
			case "PUT" -> http.putJson(row.request().path(), row.request().json());
			default -> http.postJson(row.request().path(), row.request().json());
		};
		boolean problem = response.status() < 400 || response.contentType().startsWith("application/problem+json");
		if (response.status() != expected || !problem) {
			mismatches.add(caller + " / " + row.request().method() + " " + row.request().path() + " / " + expected
					+ " / " + response.status() + " " + response.contentType());
		}
	}

	private record Request(String method, String path, String json) {
	}

	private record Row(Request request, Set<DemoUser> allowed, int status) {
	}

}
