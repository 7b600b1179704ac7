package org.gongzhi.notify;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;

import org.gongzhi.demo.DemoUser;
import org.gongzhi.identity.NewUser;
import org.gongzhi.identity.Role;
import org.gongzhi.identity.UserAccounts;
import org.gongzhi.support.ApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** What the notify contracts share: the event fixture and fresh accounts. */
abstract class NotifyTestSupport extends ApplicationTest {

	@Autowired
	private ApplicationEventPublisher publisher;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private UserAccounts accounts;

	protected CaseEventFixture cases;

	@BeforeEach
	void fixture() {
		this.cases = new CaseEventFixture(this.publisher, this.transactions, this.jdbc);
	}

	/** A new account of its own, so its inbox holds only what the test sends it. */
	protected Account newAccount(Role role, String orgCode, String departmentCode) {
		String username = "notify" + CaseEventFixture.nextId();
		this.accounts.createIfAbsent(
				new NewUser(username, DemoUser.password(), "通知测试用户", orgCode, departmentCode, Set.of(role), false));
		return new Account(username, this.cases.userId(username));
	}

	protected Account newResident() {
		return newAccount(Role.RESIDENT, CaseEventFixture.GRID, null);
	}

	protected long demoUserId(DemoUser user) {
		return this.cases.userId(user.username());
	}

	/** A test account: sign in with {@code username} and the demo password. */
	protected record Account(String username, long id) {
	}

}
