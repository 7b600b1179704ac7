package org.gongzhi.files;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code stored_file} table. */
@Repository
class StoredFiles {

	private static final String COLUMNS = "id, owner_type, owner_id, uploader_id, org_code, file_name, media_type, "
			+ "size_bytes, sha256, storage_key, thumbnail_key, width, height, created_at";

	private final JdbcClient jdbc;

	StoredFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(StoredFile file) {
		this.jdbc.sql("insert into stored_file (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(file.id(), file.ownerType(), file.ownerId(), file.uploaderId(), file.orgCode(), file.fileName(),
					file.type().mediaType(), file.size(), file.sha256(), file.storageKey(), file.thumbnailKey(),
					file.width(), file.height(), Timestamp.from(file.createdAt()))
			.update();
	}

	Optional<StoredFile> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from stored_file where id = ?")
			.param(id)
			.query(StoredFiles::map)
			.optional();
	}

	/** The files among the ids, in upload order; unknown ids are left out. */
	List<StoredFile> withIds(Collection<UUID> ids) {
		return this.jdbc.sql("select " + COLUMNS + " from stored_file where id in (:ids) order by no")
			.param("ids", ids)
			.query(StoredFiles::map)
			.list();
	}

	List<StoredFile> ofOwner(String ownerType, String ownerId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from stored_file where owner_type = ? and owner_id = ? order by no")
			.params(ownerType, ownerId)
			.query(StoredFiles::map)
			.list();
	}

	/**
	 * Binds the uploader's unattached files among the ids to the owner.
	 * @return how many were bound
	 */
	int bind(Collection<UUID> ids, long uploaderId, String ownerType, String ownerId, Instant at) {
		return this.jdbc
			.sql("update stored_file set owner_type = :ownerType, owner_id = :ownerId, attached_at = :at "
					+ "where id in (:ids) and uploader_id = :uploader and owner_type is null")
			.param("ownerType", ownerType)
			.param("ownerId", ownerId)
			.param("at", Timestamp.from(at))
			.param("ids", ids)
			.param("uploader", uploaderId)
			.update();
	}

	int countUnattached(long uploaderId, Instant since) {
		return this.jdbc
			.sql("select count(*) from stored_file where uploader_id = ? and owner_type is null and created_at > ?")
			.params(uploaderId, Timestamp.from(since))
			.query(Integer.class)
			.single();
	}

	List<StoredFile> unattachedBefore(Instant instant, int limit) {
		return this.jdbc
			.sql("select " + COLUMNS + " from stored_file where owner_type is null and created_at < ? "
					+ "order by created_at fetch first " + limit + " rows only")
			.param(Timestamp.from(instant))
			.query(StoredFiles::map)
			.list();
	}

	/** Deletes the record unless it was attached meanwhile; whether it was deleted. */
	boolean deleteUnattached(UUID id) {
		return this.jdbc.sql("delete from stored_file where id = ? and owner_type is null").param(id).update() == 1;
	}

	/** The keys among the given that a record points to, as content or thumbnail. */
	Set<String> keysInUse(Collection<String> keys) {
		return new HashSet<>(this.jdbc
			.sql("select storage_key from stored_file where storage_key in (:keys) "
					+ "union select thumbnail_key from stored_file where thumbnail_key in (:keys)")
			.param("keys", keys)
			.query(String.class)
			.list());
	}

	private static StoredFile map(ResultSet rs, int row) throws SQLException {
		return new StoredFile(rs.getObject("id", UUID.class), rs.getString("owner_type"), rs.getString("owner_id"),
				rs.getLong("uploader_id"), rs.getString("org_code"), rs.getString("file_name"),
				FileType.ofMediaType(rs.getString("media_type")), rs.getLong("size_bytes"), rs.getString("sha256"),
				rs.getString("storage_key"), rs.getString("thumbnail_key"), rs.getObject("width", Integer.class),
				rs.getObject("height", Integer.class), rs.getTimestamp("created_at").toInstant());
	}

}
