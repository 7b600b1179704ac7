package org.gongzhi.identity;

class AuditLogOnH2Test extends AuditLogContract {

	@Override
	protected void withoutDatabaseGuard(Runnable tampering) {
		tampering.run();
	}

}
