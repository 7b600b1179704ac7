package org.gongzhi.cases;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.gongzhi.demo.DemoUser;
import org.gongzhi.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrator's category pages: the tree, and a change saved as a new version. */
abstract class CategoryPagesContract extends CaseTestSupport {

	@Test
	void anAdministratorChangesAHandleLimitOnThePage() {
		TestHttp admin = http().loginAs(DemoUser.ADMIN);
		TestHttp.Response tree = admin.get("/admin/categories");
		assertThat(tree.status()).isEqualTo(200);
		assertThat(tree.body()).contains("井盖破损").contains("社区治理").contains("data-code=\"ZL0506\"");
		TestHttp.Response page = admin.get("/admin/categories/BJ0606");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("自行车停放架损坏").contains("name=\"sla[HANDLE_NORMAL]\"");
		Map<String, String> form = form("自行车停放架损坏", "3600");
		TestHttp.Response saved = admin.postForm("/admin/categories/BJ0606", form);
		assertThat(saved.status()).isEqualTo(302);
		assertThat(saved.header("Location")).endsWith("/admin/categories/BJ0606");
		assertThat(admin.get("/admin/categories/BJ0606").body()).contains("已保存为第 2 版");
		var category = as(DemoUser.RESIDENT).get("/api/categories/BJ0606").json();
		assertThat(category.path("version").asInt()).isEqualTo(2);
		assertThat(category.path("sla").path("HANDLE").path("NORMAL").asInt()).isEqualTo(3600);
		assertThat(category.path("publicVisible").asBoolean()).isFalse();
	}

	@Test
	void aBlankNameIsShownNextToTheFieldAndOthersMayNotEnter() {
		TestHttp admin = http().loginAs(DemoUser.ADMIN);
		TestHttp.Response invalid = admin.postForm("/admin/categories/BJ0605", form("", "2250"));
		assertThat(invalid.status()).isEqualTo(200);
		assertThat(invalid.body()).contains("field-error").contains("category-name-zh-error");
		TestHttp.Response badLimit = admin.postForm("/admin/categories/BJ0605", form("无障碍设施损坏", "0"));
		assertThat(badLimit.body()).contains("form-error");
		assertThat(http().loginAs(DemoUser.DISPATCHER).get("/admin/categories").status()).isEqualTo(403);
	}

	private static Map<String, String> form(String nameZh, String handleNormal) {
		Map<String, String> form = new HashMap<>();
		form.put("nameZh", nameZh);
		form.put("nameEn", "Damaged bicycle rack");
		form.put("unitType", "JT");
		form.put("defaultPriority", "NORMAL");
		form.put("_publicVisible", "on");
		form.put("active", "true");
		form.put("_active", "on");
		for (Stage stage : Stage.values()) {
			for (Priority priority : Priority.values()) {
				form.put("sla[" + stage.name() + "_" + priority.name() + "]",
						(stage == Stage.HANDLE && priority == Priority.NORMAL) ? handleNormal : "240");
			}
		}
		return form;
	}

}
