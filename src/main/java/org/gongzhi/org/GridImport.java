package org.gongzhi.org;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Geometry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.gongzhi.shared.problem.GongzhiException;
import org.gongzhi.shared.problem.InvalidInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports grids from a GeoJSON FeatureCollection (properties {@code code}, {@code name},
 * {@code households}), the same form as the export. All or nothing: one bad feature
 * rejects the file with every problem listed, so nothing is half imported.
 */
@Service
public class GridImport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final OrgUnits units;

	private final OrgWriter writer;

	private final ApplicationEventPublisher events;

	GridImport(OrgUnits units, OrgWriter writer, ApplicationEventPublisher events) {
		this.units = units;
		this.writer = writer;
		this.events = events;
	}

	/**
	 * @return how many grids were added and how many updated
	 */
	@Transactional
	public Result importGrids(String withinCode, String geoJson) {
		OrgUnit within = this.units.get(withinCode);
		JsonNode root;
		try {
			root = JSON.readTree(geoJson);
		}
		catch (RuntimeException ex) {
			throw new InvalidInputException("org.geometry.invalid", "JSON");
		}
		if (!"FeatureCollection".equals(root.path("type").asString(""))) {
			throw new InvalidInputException("org.grid-import.not-collection");
		}
		List<Planned> plans = new ArrayList<>();
		List<Rejection> rejections = new ArrayList<>();
		int index = 0;
		for (JsonNode feature : root.path("features")) {
			try {
				plans.add(plan(within, feature));
			}
			catch (GongzhiException ex) {
				Object[] args = ex.arguments();
				rejections.add(new Rejection(index, ex.messageKey(), (args.length > 0) ? String.valueOf(args[0]) : ""));
			}
			index++;
		}
		if (!rejections.isEmpty()) {
			throw new Rejected(rejections);
		}
		int added = 0;
		for (Planned plan : plans) {
			if (plan.existing == null) {
				this.writer.insert(plan.code, plan.name, OrgLevel.GRID, plan.community, plan.households, null);
				added++;
			}
			else {
				this.writer.renameGrid(plan.code, plan.name, plan.households);
			}
			this.writer.boundary(plan.code, plan.outline);
		}
		this.events.publishEvent(new GridsChanged(within.code()));
		return new Result(added, plans.size() - added);
	}

	private Planned plan(OrgUnit within, JsonNode feature) {
		JsonNode properties = feature.path("properties");
		String code = properties.path("code").asString("");
		if (!code.matches("[0-9]{15}")) {
			throw new InvalidInputException("org.grid-import.bad-code", code);
		}
		if (!code.startsWith(within.code())) {
			throw new InvalidInputException("org.grid-import.outside", code);
		}
		OrgUnit community = this.units.find(code.substring(0, OrgLevel.COMMUNITY.codeLength()))
			.filter((unit) -> unit.level() == OrgLevel.COMMUNITY)
			.orElseThrow(() -> new InvalidInputException("org.grid-import.no-community", code));
		OrgUnit existing = this.units.find(code).orElse(null);
		String name = properties.path("name").asString("").strip();
		if (existing == null && name.isEmpty()) {
			throw new InvalidInputException("org.grid-import.no-name", code);
		}
		Integer households = properties.path("households").isNumber() ? properties.path("households").asInt() : null;
		if (households != null && (households < 0 || households > 2000)) {
			throw new InvalidInputException("org.grid-import.bad-households", households);
		}
		Geometry outline = Geometries.polygonFromUpload(feature.path("geometry").toString());
		return new Planned(code, name.isEmpty() ? existing.name() : name, households, community, existing, outline);
	}

	private record Planned(String code, String name, Integer households, OrgUnit community, OrgUnit existing,
			Geometry outline) {
	}

	/** What an import did. */
	public record Result(int added, int updated) {
	}

	/** One refused feature: its position in the file and why. */
	public record Rejection(int feature, String messageKey, String detail) {
	}

	/** The file was refused; nothing was imported. */
	public static class Rejected extends InvalidInputException {

		private final transient List<Rejection> rejections;

		Rejected(List<Rejection> rejections) {
			super("org.grid-import.rejected", rejections.size());
			this.rejections = List.copyOf(rejections);
		}

		public List<Rejection> rejections() {
			return this.rejections;
		}

	}

}
