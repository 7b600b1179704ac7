package org.gongzhi.org;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.gongzhi.shared.problem.GongzhiException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Upload of the NBS division files with a progress bar that the page polls.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class DivisionImportController {

	static final String VIEW = "org/import";

	private static final Pattern FILE_NAME = Pattern.compile("(provinces|cities|areas|streets|villages)\\.csv(\\.gz)?");

	private static final Pattern ROOT = Pattern.compile("^$|^[0-9]{2,12}$");

	private final DivisionImportJob job;

	DivisionImportController(DivisionImportJob job) {
		this.job = job;
	}

	@GetMapping("/org/import")
	String page(Model model) {
		model.addAttribute("job", this.job.state());
		return VIEW;
	}

	@GetMapping("/org/import/progress")
	String progress(Model model) {
		model.addAttribute("job", this.job.state());
		return VIEW + " :: progress";
	}

	@PostMapping("/org/import")
	String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(required = false, defaultValue = "") String root, Model model) throws IOException {
		model.addAttribute("root", root);
		List<MultipartFile> chosen = (files != null) ? files.stream().filter((file) -> !file.isEmpty()).toList()
				: List.of();
		if (chosen.isEmpty()) {
			return rejected(model, "filesError", "org.import.no-files", null);
		}
		for (MultipartFile file : chosen) {
			if (file.getOriginalFilename() == null || !FILE_NAME.matcher(file.getOriginalFilename()).matches()) {
				return rejected(model, "filesError", "org.import.bad-file-name", file.getOriginalFilename());
			}
		}
		if (!ROOT.matcher(root.strip()).matches()) {
			return rejected(model, "rootError", "org.import.bad-root", root);
		}
		Map<String, InputStream> streams = new LinkedHashMap<>();
		for (MultipartFile file : chosen) {
			streams.put(file.getOriginalFilename(), file.getInputStream());
		}
		try {
			this.job.start(streams, root.isBlank() ? null : root.strip());
		}
		catch (GongzhiException ex) {
			return rejected(model, "filesError", ex.messageKey(), null);
		}
		return "redirect:/org/import";
	}

	private String rejected(Model model, String field, String key, String argument) {
		model.addAttribute(field, key);
		model.addAttribute(field + "Arg", argument);
		model.addAttribute("job", this.job.state());
		return VIEW;
	}

}
