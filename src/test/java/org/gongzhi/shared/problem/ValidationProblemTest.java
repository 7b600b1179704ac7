package org.gongzhi.shared.problem;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The shape of API errors raised inside controllers: validation with field errors, domain
 * exceptions, and unexpected failures that hide their cause behind a reference.
 */
@WebMvcTest(controllers = ValidationProblemTest.ProbeApi.class)
@Import({ ProbeApiConfig.class, Problems.class })
@WithMockUser
class ValidationProblemTest {

	@Autowired
	private MockMvc mvc;

	@Test
	void invalidFieldsAreListedWithLocalizedMessages() throws Exception {
		this.mvc
			.perform(post("/api/probe").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"\",\"code\":\"1234567\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.type").value(Problems.TYPE_BASE + "validation"))
			.andExpect(jsonPath("$.title").value("请求有误"))
			.andExpect(jsonPath("$.detail").value("有 2 项输入不符合要求，请按提示修改。"))
			.andExpect(jsonPath("$.errors", hasSize(2)))
			.andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value("不能为空"));
	}

	@Test
	void validationIsInEnglishWhenAsked() throws Exception {
		this.mvc
			.perform(post("/api/probe").with(csrf())
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"\",\"code\":\"123456\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Bad request"))
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].message").value("must not be blank"));
	}

	@Test
	void malformedJsonIsABadRequestProblem() throws Exception {
		this.mvc.perform(post("/api/probe").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{oops"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail").value("请求的格式不正确，请检查后重试。"));
	}

	@Test
	void aDomainExceptionBecomesItsProblem() throws Exception {
		this.mvc.perform(post("/api/probe/conflict/42").with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value(Problems.TYPE_BASE + "conflict"))
			.andExpect(jsonPath("$.detail").value(containsString("42")));
	}

	@Test
	void anUnexpectedFailureHidesItsCauseAndGivesAReference() throws Exception {
		this.mvc.perform(post("/api/probe/boom").with(csrf()))
			.andExpect(status().isInternalServerError())
			.andExpect(jsonPath("$.detail").value(startsWith("服务器出错了")))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(containsString("secret"))))
			.andExpect(jsonPath("$.reference").isNotEmpty());
	}

	record ProbeForm(@NotBlank String name, @Size(min = 6, max = 6) String code) {
	}

	@RestController
	static class ProbeApi {

		@PostMapping("/api/probe")
		ProbeForm create(@Valid @RequestBody ProbeForm form) {
			return form;
		}

		@PostMapping("/api/probe/conflict/{id}")
		void conflict(@PathVariable long id) {
			throw new ConflictException("org.unit.not-found", id);
		}

		@PostMapping("/api/probe/boom")
		void boom() {
			throw new IllegalStateException("secret internals");
		}

	}

}
