package org.gongzhi.files;

import org.gongzhi.identity.CurrentScope;
import org.gongzhi.identity.GongzhiUser;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Who may read a file: its uploader while it is unattached, afterwards whoever the owner
 * module says may read its owner. An owner type no module answers for is read by no one.
 */
@Component
class FileAccess {

	private final CurrentScope scope;

	private final ObjectProvider<AttachmentAccess> owners;

	FileAccess(CurrentScope scope, ObjectProvider<AttachmentAccess> owners) {
		this.scope = scope;
		this.owners = owners;
	}

	boolean mayRead(StoredFile file) {
		if (!file.isAttached()) {
			return this.scope.user().map(GongzhiUser::getId).filter((id) -> id == file.uploaderId()).isPresent();
		}
		return this.owners.orderedStream()
			.filter((owner) -> owner.ownerType().equals(file.ownerType()))
			.findFirst()
			.map((owner) -> owner.mayRead(file.ownerId()))
			.orElse(false);
	}

}
