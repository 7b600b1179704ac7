package org.gongzhi.files;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.gongzhi.demo.DemoUser;
import org.gongzhi.identity.CurrentScope;

import org.springframework.stereotype.Component;

/**
 * An owner module for the tests, owner type {@code test}: a test names who may read each
 * owner's files. Picked up by the component scan of every application test.
 */
@Component
class TestOwnerAccess implements AttachmentAccess {

	static final String TYPE = "test";

	private final Map<String, Set<String>> readers = new ConcurrentHashMap<>();

	private final CurrentScope scope;

	TestOwnerAccess(CurrentScope scope) {
		this.scope = scope;
	}

	/** From now on only these users may read the owner's files. */
	void allow(String ownerId, DemoUser... users) {
		this.readers.put(ownerId,
				java.util.Arrays.stream(users)
					.map(DemoUser::username)
					.collect(java.util.stream.Collectors.toUnmodifiableSet()));
	}

	@Override
	public String ownerType() {
		return TYPE;
	}

	@Override
	public boolean mayRead(String ownerId) {
		return this.scope.user()
			.map((user) -> this.readers.getOrDefault(ownerId, Set.of()).contains(user.getUsername()))
			.orElse(false);
	}

}
