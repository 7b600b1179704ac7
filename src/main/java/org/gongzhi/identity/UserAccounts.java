package org.gongzhi.identity;

import java.time.Clock;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and finds user accounts.
 */
@Service
public class UserAccounts {

	private final UserStore store;

	private final PasswordEncoder passwords;

	private final Clock clock;

	UserAccounts(UserStore store, PasswordEncoder passwords, Clock clock) {
		this.store = store;
		this.passwords = passwords;
		this.clock = clock;
	}

	/**
	 * Creates the user unless one with that username exists; returns whether it was
	 * created.
	 */
	@Transactional
	public boolean createIfAbsent(NewUser user) {
		if (this.store.findByUsername(user.username()).isPresent()) {
			return false;
		}
		this.store.insert(user, this.passwords.encode(user.rawPassword()), this.clock.instant());
		return true;
	}

	public boolean exists(String username) {
		return this.store.findByUsername(username).isPresent();
	}

}
