package org.gongzhi.identity;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** The fields of an account that both the creation and the edit form bind. */
abstract class AccountFields {

	@NotBlank
	@Size(max = 100)
	protected String displayName = "";

	@NotBlank
	protected String orgCode = "";

	protected String departmentCode = "";

	@NotEmpty
	protected Set<Role> roles = new LinkedHashSet<>();

	@Size(max = 100)
	protected String position = "";

	@Size(max = 20)
	protected String phone = "";

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getOrgCode() {
		return this.orgCode;
	}

	public void setOrgCode(String orgCode) {
		this.orgCode = orgCode;
	}

	public String getDepartmentCode() {
		return this.departmentCode;
	}

	public void setDepartmentCode(String departmentCode) {
		this.departmentCode = departmentCode;
	}

	public String getPosition() {
		return this.position;
	}

	public void setPosition(String position) {
		this.position = position;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	@Override
	public String toString() {
		// the phone is personal data and stays out of logs
		return getClass().getSimpleName() + "[" + this.orgCode + ", " + this.roles + "]";
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles;
	}

}
