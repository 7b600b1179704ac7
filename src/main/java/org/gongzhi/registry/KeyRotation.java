package org.gongzhi.registry;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-encrypts every stored value that another key or algorithm made with the current
 * ones, in batches of short transactions, so that an old key can then be removed from the
 * configuration. Safe to run again and on several nodes: a value is rewritten only if it
 * is still the one read.
 */
@Service
class KeyRotation {

	private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);

	private static final int BATCH = 500;

	/** Table, encrypted column and purpose of every encrypted value of the registry. */
	private static final List<String[]> COLUMNS = List.of(
			new String[] { "registry_person", "id_number", Persons.ID_NUMBER },
			new String[] { "registry_person", "phone", Persons.PHONE },
			new String[] { "registry_place", "phone", Places.PLACE_PHONE },
			new String[] { "registry_organization", "phone", Places.ORGANIZATION_PHONE });

	private final JdbcClient jdbc;

	private final PersonalDataVault vault;

	private final TransactionTemplate transaction;

	KeyRotation(JdbcClient jdbc, PersonalDataVault vault, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.vault = vault;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * @return how many values were re-encrypted
	 */
	int reEncryptAll() {
		String current = this.vault.currentKey() + ":" + this.vault.algorithm().name() + ":%";
		int total = 0;
		for (String[] column : COLUMNS) {
			long after = 0;
			while (true) {
				List<Row> rows = this.jdbc
					.sql("select id, " + column[1] + " from " + column[0] + " where id > ? and " + column[1]
							+ " is not null and " + column[1] + " not like ? order by id fetch first " + BATCH
							+ " rows only")
					.params(after, current)
					.query((rs, row) -> new Row(rs.getLong(1), rs.getString(2)))
					.list();
				if (rows.isEmpty()) {
					break;
				}
				Integer done = this.transaction.execute((status) -> {
					int changed = 0;
					for (Row row : rows) {
						String fresh = this.vault.encrypt(column[2], this.vault.decrypt(column[2], row.stored()));
						changed += this.jdbc
							.sql("update " + column[0] + " set " + column[1] + " = ? where id = ? and " + column[1]
									+ " = ?")
							.params(fresh, row.id(), row.stored())
							.update();
					}
					return changed;
				});
				total += (done != null) ? done : 0;
				after = rows.get(rows.size() - 1).id();
			}
		}
		log.info("Re-encrypted {} registry values under key {}", total, this.vault.currentKey());
		return total;
	}

	private record Row(long id, String stored) {
	}

}
