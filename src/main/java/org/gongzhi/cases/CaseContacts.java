package org.gongzhi.cases;

import java.time.Instant;

import org.gongzhi.identity.FieldCipher;
import org.gongzhi.identity.PersonalDataCiphers;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The contact of a case's reporter when the report came through a client on someone's
 * behalf (Open311), and what that client sent beside it. Personal data: kept out of every
 * public answer and every log.
 */
@Repository
class CaseContacts {

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	CaseContacts(JdbcClient jdbc, PersonalDataCiphers ciphers) {
		this.jdbc = jdbc;
		this.cipher = ciphers.forPurpose("case-contact");
	}

	/**
	 * Stores both unless the case has them already: a retried report (same
	 * Idempotency-Key) answers the first case, whose contact is kept as it was. Each row
	 * is written on its own, outside any transaction, so that a concurrent retry's
	 * duplicate key spoils nothing.
	 */
	void saveIfAbsent(long caseId, Contact contact, ClientData client, Instant at) {
		if (!contact.isEmpty()) {
			insertIfAbsent("case_contact", caseId,
					"insert into case_contact (case_id, first_name, last_name, email, phone, created_at)"
							+ " values (?, ?, ?, ?, ?, ?)",
					caseId, sealed(contact.firstName()), sealed(contact.lastName()), sealed(contact.email()),
					sealed(contact.phone()), CaseStore.timestamp(at));
		}
		if (!client.isEmpty()) {
			insertIfAbsent("case_open311", caseId,
					"insert into case_open311 (case_id, device_id, account_id, media_url) values (?, ?, ?, ?)", caseId,
					CaseStore.text(client.deviceId()), CaseStore.text(client.accountId()),
					CaseStore.text(client.mediaUrl()));
		}
	}

	/** Personal data is stored encrypted only. */
	private Object sealed(String value) {
		return CaseStore.text(this.cipher.encrypt((value == null || value.isBlank()) ? null : value.strip()));
	}

	private void insertIfAbsent(String table, long caseId, String insert, Object... params) {
		if (this.jdbc.sql("select count(*) from " + table + " where case_id = ?")
			.param(caseId)
			.query(Integer.class)
			.single() > 0) {
			return;
		}
		try {
			this.jdbc.sql(insert).params(params).update();
		}
		catch (DuplicateKeyException ex) {
			// a concurrent retry of the same report stored the same data first
		}
	}

	/**
	 * How to reach a reporter.
	 *
	 * @param firstName first name
	 * @param lastName last name
	 * @param email e-mail address
	 * @param phone phone number
	 */
	record Contact(String firstName, String lastName, String email, String phone) {

		boolean isEmpty() {
			return this.firstName == null && this.lastName == null && this.email == null && this.phone == null;
		}

		/** Never the data itself, should a record end up in a log. */
		@Override
		public String toString() {
			return "Contact[…]";
		}

	}

	/**
	 * What an Open311 client sent about itself and the report.
	 *
	 * @param deviceId the client device's id
	 * @param accountId the reporter's account with the client
	 * @param mediaUrl a photo the client published
	 */
	record ClientData(String deviceId, String accountId, String mediaUrl) {

		boolean isEmpty() {
			return this.deviceId == null && this.accountId == null && this.mediaUrl == null;
		}

	}

}
