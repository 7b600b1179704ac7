package org.gongzhi.files;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.gongzhi.identity.CurrentScope;
import org.gongzhi.identity.GongzhiUser;
import org.gongzhi.shared.problem.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Binds uploads to their owners for the other modules. */
@Service
class AttachmentService implements Attachments {

	private static final Pattern OWNER_TYPE = Pattern.compile("[a-z][a-z0-9\\-]{0,39}");

	private final StoredFiles files;

	private final CurrentScope scope;

	private final Clock clock;

	AttachmentService(StoredFiles files, CurrentScope scope, Clock clock) {
		this.files = files;
		this.scope = scope;
		this.clock = clock;
	}

	@Override
	@Transactional
	public List<Attachment> attach(Collection<UUID> ids, String ownerType, String ownerId) {
		if (ownerType == null || !OWNER_TYPE.matcher(ownerType).matches() || ownerId == null || ownerId.isBlank()
				|| ownerId.length() > 64) {
			throw new IllegalArgumentException("not an owner: " + ownerType + " " + ownerId);
		}
		Set<UUID> wanted = new LinkedHashSet<>(ids);
		if (wanted.isEmpty()) {
			return List.of();
		}
		long uploader = this.scope.user()
			.map(GongzhiUser::getId)
			.orElseThrow(() -> new InvalidInputException("files.attach.unknown", wanted.iterator().next()));
		Map<UUID, StoredFile> found = this.files.withIds(wanted)
			.stream()
			.collect(Collectors.toMap(StoredFile::id, Function.identity()));
		Set<UUID> toBind = new LinkedHashSet<>();
		for (UUID id : wanted) {
			StoredFile file = found.get(id);
			// someone else's upload is answered like a missing one: ids do not leak
			if (file == null || file.uploaderId() != uploader) {
				throw new InvalidInputException("files.attach.unknown", id);
			}
			if (file.isAttached() && !file.isAttachedTo(ownerType, ownerId)) {
				throw new InvalidInputException("files.attach.bound", id);
			}
			if (!file.isAttached()) {
				toBind.add(id);
			}
		}
		if (!toBind.isEmpty()
				&& this.files.bind(toBind, uploader, ownerType, ownerId, this.clock.instant()) != toBind.size()) {
			// attached or removed by a concurrent request since we looked
			throw new InvalidInputException("files.attach.bound", toBind.iterator().next());
		}
		return this.files.withIds(wanted).stream().map(StoredFile::toAttachment).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Attachment> of(String ownerType, String ownerId) {
		return this.files.ofOwner(ownerType, ownerId).stream().map(StoredFile::toAttachment).toList();
	}

}
