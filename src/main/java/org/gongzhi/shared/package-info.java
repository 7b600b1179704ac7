/**
 * Shared kernel: problem+json errors, i18n and the page layout every module renders into.
 * Open to all modules; it depends on none of them.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.gongzhi.shared;
