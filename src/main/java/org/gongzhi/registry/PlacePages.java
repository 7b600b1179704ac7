package org.gongzhi.registry;

import jakarta.validation.Valid;

import org.gongzhi.registry.PlaceForms.PlaceForm;
import org.gongzhi.shared.problem.GongzhiException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Key places (重点场所) on the desktop: the list with filters, one place, and the form to add
 * or change one, within the caller's scope. The contact phone is only ever shown masked;
 * leaving it empty in a change keeps it.
 */
@Controller
@PreAuthorize(RegistryAccess.WORKERS)
class PlacePages {

	static final String PATH = RegistryPages.PATH + "/places";

	static final int PAGE = 50;

	private final Places places;

	private final RegistryChoices choices;

	PlacePages(Places places, RegistryChoices choices) {
		this.places = places;
		this.choices = choices;
	}

	@GetMapping(PATH)
	String list(@RequestParam(required = false) String org, @RequestParam(required = false) PlaceKind kind,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int offset, Model model) {
		int from = Math.max(0, offset);
		model.addAttribute("places", this.places.places(org, kind, q, from, PAGE));
		this.choices.addListFilters(model, org, kind, PlaceKind.values(), q, from, PAGE);
		return "registry/places";
	}

	@GetMapping(PATH + "/{id}")
	String place(@PathVariable long id, Model model) {
		Places.PlaceView place = this.places.place(id);
		model.addAttribute("place", place);
		model.addAttribute("gridName", this.choices.gridNames().getOrDefault(place.orgCode(), place.orgCode()));
		return "registry/place";
	}

	@GetMapping(PATH + "/new")
	String newPlace(Model model) {
		model.addAttribute("placeForm", new PlaceForm(this.choices.defaultGrid(), null, PlaceKind.OTHER, null, null,
				null, null, null, RiskLevel.LOW));
		return form(null, model);
	}

	@PostMapping(PATH)
	String create(@Valid @ModelAttribute("placeForm") PlaceForm form, BindingResult errors, RedirectAttributes redirect,
			Model model) {
		if (!errors.hasErrors()) {
			try {
				Places.PlaceView place = this.places.addPlace(form);
				redirect.addFlashAttribute("saved", true);
				return "redirect:" + PATH + "/" + place.id();
			}
			catch (GongzhiException ex) {
				errors.rejectValue("gridCode", ex.messageKey(), ex.arguments(), ex.messageKey());
			}
		}
		return form(null, model);
	}

	@GetMapping(PATH + "/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Places.PlaceView place = this.places.place(id);
		model.addAttribute("placeForm", new PlaceForm(place.orgCode(), place.name(), place.kind(), place.address(),
				place.lat(), place.lng(), place.contactName(), null, place.riskLevel()));
		return form(place, model);
	}

	@PostMapping(PATH + "/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("placeForm") PlaceForm form, BindingResult errors,
			RedirectAttributes redirect, Model model) {
		Places.PlaceView place = this.places.place(id);
		if (!errors.hasErrors()) {
			try {
				this.places.updatePlace(id, form);
				redirect.addFlashAttribute("saved", true);
				return "redirect:" + PATH + "/" + id;
			}
			catch (GongzhiException ex) {
				errors.rejectValue("gridCode", ex.messageKey(), ex.arguments(), ex.messageKey());
			}
		}
		return form(place, model);
	}

	private String form(Places.PlaceView place, Model model) {
		model.addAttribute("place", place);
		model.addAttribute("grids", this.choices.grids());
		model.addAttribute("kinds", PlaceKind.values());
		model.addAttribute("risks", RiskLevel.values());
		return "registry/place-form";
	}

}
