/**
 * Users, roles, functional departments, sign-in with the 等保 level-3 login and password
 * policy, API tokens, the security audit log and the data scope of the current user.
 * Other modules ask {@link org.gongzhi.identity.CurrentScope} who is calling and filter
 * by its {@link org.gongzhi.identity.DataScope}; they record audited actions through
 * {@link org.gongzhi.identity.AuditLog}. Modules that identity itself depends on (org)
 * check the scope through {@link org.gongzhi.shared.scope.ScopeGuard}.
 */
package org.gongzhi.identity;
