package org.gongzhi.identity;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import org.gongzhi.org.OrgLevel;
import org.gongzhi.org.OrgUnit;
import org.gongzhi.org.OrgUnits;
import org.gongzhi.shared.problem.InvalidInputException;
import org.gongzhi.shared.problem.NotFoundException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates accounts and changes passwords. Account administration by the ADMIN and
 * SECURITY_ADMIN roles goes through {@code UserAdministration}.
 */
@Service
public class UserAccounts {

	private final UserStore store;

	private final PasswordEncoder passwords;

	private final PasswordPolicy policy;

	private final OrgUnits orgUnits;

	private final AuditLog audit;

	private final Clock clock;

	private final StaffPhones phones;

	UserAccounts(UserStore store, PasswordEncoder passwords, PasswordPolicy policy, OrgUnits orgUnits, AuditLog audit,
			Clock clock, StaffPhones phones) {
		this.phones = phones;
		this.store = store;
		this.passwords = passwords;
		this.policy = policy;
		this.orgUnits = orgUnits;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Creates the user unless one with that username exists; returns whether it was
	 * created. The password must satisfy the password policy.
	 */
	@Transactional
	public boolean createIfAbsent(NewUser user) {
		if (this.store.findByUsername(user.username()).isPresent()) {
			return false;
		}
		create(user);
		return true;
	}

	/**
	 * Creates the grid worker (网格员) account of one grid unless the username exists: role
	 * GRID_WORKER, scope the grid. Fails with a 400 problem if the code is not a grid.
	 * @param gridCode code of an org unit of level GRID
	 * @param username sign-in name
	 * @param displayName name shown in the UI
	 * @param rawPassword initial password
	 * @param mustChangePassword whether the first sign-in must set a new password
	 * @return whether the account was created
	 */
	@Transactional
	public boolean createGridWorkerIfAbsent(String gridCode, String username, String displayName, String rawPassword,
			boolean mustChangePassword) {
		OrgUnit grid = this.orgUnits.get(gridCode);
		if (grid.level() != OrgLevel.GRID) {
			throw new InvalidInputException("identity.user.not-a-grid", gridCode);
		}
		return createIfAbsent(new NewUser(username, rawPassword, displayName, gridCode, null, Set.of(Role.GRID_WORKER),
				mustChangePassword));
	}

	/**
	 * The sign-in before the current one, to be shown after signing in; empty on the
	 * first.
	 */
	public Optional<LoginRecord> previousLogin(long userId) {
		return this.store.previousLogin(userId);
	}

	/** The id of the account with this username, if there is one. */
	public Optional<Long> idOf(String username) {
		return this.store.findByUsername(username).map(UserStore.Account::id);
	}

	public boolean exists(String username) {
		return this.store.findByUsername(username).isPresent();
	}

	/** Creates a user whose username is known to be free; returns the new id. */
	long create(NewUser user) {
		var violations = this.policy.violations(user.username(), user.rawPassword());
		if (!violations.isEmpty()) {
			throw new FieldRejectedException("password", violations.get(0).messageKey(), violations.get(0).arguments());
		}
		requireMobile(user.phone());
		String phone = (user.phone() != null) ? this.phones.seal(user.phone()) : null;
		long id = this.store.insert(user, this.passwords.encode(user.rawPassword()), phone, this.clock.instant());
		this.audit.record("USER_CREATED", user.username(), AuditEntry.Outcome.SUCCESS,
				"roles " + user.roles() + ", org " + user.orgCode());
		return id;
	}

	/** Refuses a phone that is not a mobile number, next to the field. */
	static void requireMobile(String phone) {
		if (phone != null && !phone.isEmpty() && !MobileNumber.isValid(phone)) {
			throw new FieldRejectedException("phone", "identity.user.phone-invalid");
		}
	}

	/**
	 * A user sets a new password: the current one must be right, the new one must follow
	 * the policy and differ from the last few.
	 */
	@Transactional(noRollbackFor = FieldRejectedException.class)
	public void changePassword(long userId, String currentPassword, String newPassword) {
		UserStore.Account account = this.store.findById(userId)
			.orElseThrow(() -> new NotFoundException("identity.user.not-found", userId));
		if (currentPassword == null || !this.passwords.matches(currentPassword, account.passwordHash())) {
			this.audit.record(account.username(), "PASSWORD_CHANGED", account.username(), AuditEntry.Outcome.FAILURE,
					"current password wrong");
			throw new FieldRejectedException("currentPassword", "identity.password.current-wrong");
		}
		rejectIfUnacceptable(account, newPassword);
		this.store.updatePassword(userId, account.passwordHash(), this.passwords.encode(newPassword), false,
				this.clock.instant());
		this.audit.record(account.username(), "PASSWORD_CHANGED", account.username(), AuditEntry.Outcome.SUCCESS, null);
	}

	/** Sets a temporary password that must be changed at the next sign-in. */
	@Transactional
	void resetPassword(UserStore.Account account, String temporaryPassword) {
		rejectIfUnacceptable(account, temporaryPassword);
		this.store.updatePassword(account.id(), account.passwordHash(), this.passwords.encode(temporaryPassword), true,
				this.clock.instant());
		this.audit.record("PASSWORD_RESET", account.username(), AuditEntry.Outcome.SUCCESS, null);
	}

	private void rejectIfUnacceptable(UserStore.Account account, String newPassword) {
		var violations = this.policy.violations(account.username(), newPassword);
		if (!violations.isEmpty()) {
			throw new FieldRejectedException("newPassword", violations.get(0).messageKey(),
					violations.get(0).arguments());
		}
		boolean reused = this.passwords.matches(newPassword, account.passwordHash())
				|| this.store.previousHashes(account.id(), this.policy.historySize())
					.stream()
					.anyMatch((hash) -> this.passwords.matches(newPassword, hash));
		if (reused) {
			throw new FieldRejectedException("newPassword", "identity.password.reused", this.policy.historySize());
		}
	}

}
