package org.gongzhi.identity;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.gongzhi.shared.problem.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataScopeTest {

	private final DataScope street = new DataScope("210105001", null);

	@Test
	void aStreetScopeCoversItselfAndEverythingBelowButNotItsParentOrSiblings() {
		assertThat(this.street.covers("210105001")).isTrue();
		assertThat(this.street.covers("210105001002")).isTrue();
		assertThat(this.street.covers("210105001002003")).isTrue();
		assertThat(this.street.covers("210105")).isFalse();
		assertThat(this.street.covers("210105002")).isFalse();
		assertThat(this.street.covers(null)).isFalse();
	}

	@Test
	void theScopeOfNobodyCoversNothingAndItsPredicateIsNeverTrue() {
		assertThat(DataScope.none().covers("21")).isFalse();
		assertThat(DataScope.none().orgPredicate("org_code").sql()).isEqualTo("1 = 0");
		assertThat(DataScope.none().orgPredicate("org_code").params()).isEmpty();
	}

	@Test
	void thePredicateIsAPrefixMatchOnTheNamedColumn() {
		DataScope.SqlPredicate predicate = this.street.orgPredicate("u.org_code");
		assertThat(predicate.sql()).isEqualTo("u.org_code like ?");
		assertThat(predicate.params()).isEqualTo(List.of("210105001%"));
	}

	@Test
	void aColumnNameThatIsNotPlainIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.street.orgPredicate("org_code or 1=1"));
	}

	@Test
	void requireVisibleAnswersNotFoundOutsideTheScope() {
		assertThatNoException().isThrownBy(() -> this.street.requireVisible("210105001002"));
		assertThatThrownBy(() -> this.street.requireVisible("210105002001")).isInstanceOf(NotFoundException.class);
	}

	@Test
	void departmentStaffSeeTheirDepartmentsSubtree() {
		DataScope staff = new DataScope("210105", "210105-CG");
		assertThat(staff.coversDepartment("210105-CG-001")).isTrue();
		assertThat(staff.coversDepartment("210105-ZJ")).isFalse();
		assertThat(this.street.coversDepartment("210105-CG")).isFalse();
		assertThat(staff.departmentPredicate("department_code").params()).isEqualTo(List.of("210105-CG%"));
	}

}
