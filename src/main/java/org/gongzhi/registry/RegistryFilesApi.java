package org.gongzhi.registry;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.gongzhi.shared.problem.InvalidInputException;
import org.gongzhi.shared.problem.NotFoundException;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The registry's Excel files over REST: templates, imports (started, watched, their error
 * file) and minimized, masked, watermarked exports of the caller's scope.
 */
@RestController
@Tag(name = "registry")
@PreAuthorize(RegistryAccess.WORKERS)
class RegistryFilesApi {

	private final RegistryImports imports;

	private final RegistryExports exports;

	RegistryFilesApi(RegistryImports imports, RegistryExports exports) {
		this.imports = imports;
		this.exports = exports;
	}

	@GetMapping("/api/registry/templates/{entity}")
	@PreAuthorize(RegistryAccess.WORKERS)
	@Operation(summary = "The empty Excel template of persons, places or organizations, in the caller's language")
	void template(@PathVariable String entity, Locale locale, HttpServletResponse response) throws IOException {
		RegistrySheet sheet = sheet(entity);
		RegistryFilesApi.attachment(response, "template-" + sheet.slug() + ".xlsx");
		this.exports.template(sheet, locale, response.getOutputStream());
	}

	@PostMapping("/api/registry/imports")
	@PreAuthorize(RegistryAccess.WORKERS)
	@Operation(summary = "Starts importing an Excel file (part 'file') of persons, places or organizations;"
			+ " 202 with the import to watch")
	ResponseEntity<RegistryImports.Job> start(@RequestParam String entity,
			@RequestParam(name = "file", required = false) MultipartFile file, Locale locale) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new InvalidInputException("registry.import.no-file");
		}
		RegistryImports.Job job = this.imports.start(sheet(entity), file.getOriginalFilename(), file.getInputStream(),
				locale);
		return ResponseEntity.accepted().location(URI.create("/api/registry/imports/" + job.id())).body(job);
	}

	@GetMapping("/api/registry/imports/{id}")
	@PreAuthorize(RegistryAccess.WORKERS)
	@Operation(summary = "Where an import of the caller stands")
	RegistryImports.Job job(@PathVariable long id) {
		return this.imports.job(id);
	}

	@GetMapping("/api/registry/imports/{id}/errors")
	@PreAuthorize(RegistryAccess.WORKERS)
	@Operation(summary = "The rows in error of an import, each problem named by row and column (audited)")
	void errors(@PathVariable long id, HttpServletResponse response) throws IOException {
		byte[] file = this.imports.errorFile(id);
		attachment(response, "import-" + id + "-errors.xlsx");
		response.getOutputStream().write(file);
	}

	@GetMapping("/api/registry/exports/{entity}")
	@PreAuthorize(RegistryAccess.WORKERS)
	@Operation(summary = "Exports the chosen columns of the caller's scope (or org): masked, watermarked, audited")
	void export(@PathVariable String entity, @RequestParam(required = false) List<String> columns,
			@RequestParam(required = false) String org, Locale locale, HttpServletResponse response)
			throws IOException {
		RegistrySheet sheet = sheet(entity);
		List<RegistrySheet.Column> chosen = this.exports.chosen(sheet, columns);
		attachment(response, "registry-" + sheet.slug() + ".xlsx");
		this.exports.export(sheet, chosen, org, locale, response.getOutputStream());
	}

	static RegistrySheet sheet(String entity) {
		return RegistrySheet.ofSlug(entity).orElseThrow(() -> new NotFoundException("problem.detail.404"));
	}

	static void attachment(HttpServletResponse response, String name) {
		response.setContentType(RegistryExports.MEDIA_TYPE);
		response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
		response.setHeader("Cache-Control", "no-store");
	}

}
