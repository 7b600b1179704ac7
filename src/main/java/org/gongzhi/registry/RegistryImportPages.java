package org.gongzhi.registry;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.gongzhi.shared.problem.GongzhiException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import and export page of the registry: templates to download, an upload with a
 * progress bar the page polls (htmx), the error file of the rows to correct, and exports
 * of chosen columns.
 */
@Controller
@PreAuthorize(RegistryAccess.WORKERS)
class RegistryImportPages {

	static final String PATH = RegistryPages.PATH + "/import";

	private final RegistryImports imports;

	private final RegistryExports exports;

	RegistryImportPages(RegistryImports imports, RegistryExports exports) {
		this.imports = imports;
		this.exports = exports;
	}

	@GetMapping(PATH)
	String page(@RequestParam(required = false) Long job, Model model) {
		model.addAttribute("job", (job != null) ? this.imports.job(job) : this.imports.latest().orElse(null));
		return page(model);
	}

	private String page(Model model) {
		model.addAttribute("sheets", RegistrySheet.values());
		return "registry/import";
	}

	@GetMapping(PATH + "/{id}/progress")
	String progress(@PathVariable long id, Model model) {
		model.addAttribute("job", this.imports.job(id));
		return "registry/import :: progress";
	}

	@PostMapping(PATH)
	String upload(@RequestParam(defaultValue = "persons") String entity,
			@RequestParam(name = "file", required = false) MultipartFile file, Locale locale, Model model)
			throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "registry.import.no-file");
			model.addAttribute("job", this.imports.latest().orElse(null));
			return page(model);
		}
		try {
			RegistryImports.Job job = this.imports.start(RegistryFilesApi.sheet(entity), file.getOriginalFilename(),
					file.getInputStream(), locale);
			return "redirect:" + PATH + "?job=" + job.id();
		}
		catch (GongzhiException ex) {
			model.addAttribute("fileError", ex.messageKey());
			model.addAttribute("job", this.imports.latest().orElse(null));
			return page(model);
		}
	}

	@GetMapping(PATH + "/{id}/errors")
	void errors(@PathVariable long id, HttpServletResponse response) throws IOException {
		byte[] file = this.imports.errorFile(id);
		RegistryFilesApi.attachment(response, "import-" + id + "-errors.xlsx");
		response.getOutputStream().write(file);
	}

	@GetMapping(RegistryPages.PATH + "/templates/{entity}")
	void template(@PathVariable String entity, Locale locale, HttpServletResponse response) throws IOException {
		RegistrySheet sheet = RegistryFilesApi.sheet(entity);
		RegistryFilesApi.attachment(response, "template-" + sheet.slug() + ".xlsx");
		this.exports.template(sheet, locale, response.getOutputStream());
	}

	@GetMapping(RegistryPages.PATH + "/export")
	void export(@RequestParam String entity, @RequestParam(required = false) List<String> columns,
			@RequestParam(required = false) String org, Locale locale, HttpServletResponse response)
			throws IOException {
		RegistrySheet sheet = RegistryFilesApi.sheet(entity);
		List<RegistrySheet.Column> chosen = this.exports.chosen(sheet, columns);
		RegistryFilesApi.attachment(response, "registry-" + sheet.slug() + ".xlsx");
		this.exports.export(sheet, chosen, org, locale, response.getOutputStream());
	}

}
