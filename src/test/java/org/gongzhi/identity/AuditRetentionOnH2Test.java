package org.gongzhi.identity;

class AuditRetentionOnH2Test extends AuditRetentionContract {

	@Override
	protected void withoutArchiveGuard(Runnable tampering) {
		tampering.run();
	}

}
