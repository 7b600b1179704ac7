package org.gongzhi.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who follows a case: its reporter and the users who follow it besides, such as the
 * reporters of duplicates merged into it. They see the case and should hear of its events
 * (CaseFacts names only the reporter).
 */
@Service
@Transactional(readOnly = true)
public class CaseFollowers {

	private final JdbcClient jdbc;

	CaseFollowers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The users following the case, its reporter first; empty for an unknown case. */
	public List<Long> of(long caseId) {
		List<Long> users = new ArrayList<>(
				this.jdbc.sql("select reporter_user_id from cases where id = ? and reporter_user_id is not null")
					.param(caseId)
					.query(Long.class)
					.list());
		for (Long follower : this.jdbc.sql("select user_id from case_follower where case_id = ? order by since")
			.param(caseId)
			.query(Long.class)
			.list()) {
			if (!users.contains(follower)) {
				users.add(follower);
			}
		}
		return users;
	}

	boolean follows(long caseId, long userId) {
		return this.jdbc.sql("select count(*) from case_follower where case_id = ? and user_id = ?")
			.params(caseId, userId)
			.query(Long.class)
			.single() > 0;
	}

	/** Adds a follower unless they follow already. */
	@Transactional
	void add(long caseId, long userId, Instant since) {
		if (!follows(caseId, userId)) {
			this.jdbc.sql("insert into case_follower (case_id, user_id, since) values (?, ?, ?)")
				.params(caseId, userId, Timestamp.from(since))
				.update();
		}
	}

	/** The followers of one case, to carry over to another (merge). */
	List<Long> followersOnly(long caseId) {
		return this.jdbc.sql("select user_id from case_follower where case_id = ?")
			.param(caseId)
			.query(Long.class)
			.list();
	}

}
