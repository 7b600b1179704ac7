package org.gongzhi.org;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.precision.GeometryPrecisionReducer;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.gongzhi.shared.problem.InvalidInputException;

import org.springframework.core.io.ClassPathResource;

/**
 * Geometry in WGS-84 longitude/latitude and its GeoJSON form, the way polygons are stored
 * and served.
 */
final class Geometries {

	static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

	/** Coordinates are kept to 1e-7 degrees, about 1 cm. */
	static final PrecisionModel GRID = new PrecisionModel(1e7);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Geometries() {
	}

	/**
	 * Only the polygons of {@code geometry}, dropping lines and points an overlay may
	 * leave.
	 */
	static Geometry polygonal(Geometry geometry) {
		if (geometry instanceof Polygonal) {
			return geometry;
		}
		List<Polygon> polygons = new ArrayList<>();
		PolygonExtracter.getPolygons(geometry, polygons);
		return (polygons.size() == 1) ? polygons.get(0) : FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
	}

	static Geometry largestPiece(Geometry geometry) {
		Geometry largest = geometry.getGeometryN(0);
		for (int i = 1; i < geometry.getNumGeometries(); i++) {
			if (geometry.getGeometryN(i).getArea() > largest.getArea()) {
				largest = geometry.getGeometryN(i);
			}
		}
		return largest;
	}

	/**
	 * An overlay of two areas that always answers an area. Snap-rounding to {@link #GRID}
	 * keeps repeated cuts consistent, where floating-point overlays drift into slivers
	 * and spikes.
	 */
	static Geometry overlay(Geometry a, Geometry b, int operation) {
		return polygonal(OverlayNG.overlay(polygonal(a), polygonal(b), operation, GRID));
	}

	static Point point(double lng, double lat) {
		return FACTORY.createPoint(new Coordinate(lng, lat));
	}

	static String toGeoJson(Geometry geometry) {
		GeoJsonWriter writer = new GeoJsonWriter(7);
		writer.setEncodeCRS(false);
		return writer.write(geometry);
	}

	static Geometry fromGeoJson(String json) {
		try {
			return new GeoJsonReader(FACTORY).read(json);
		}
		catch (ParseException | RuntimeException ex) {
			throw new InvalidInputException("org.geometry.invalid", ex.getMessage());
		}
	}

	/**
	 * Reads an uploaded polygon: a GeoJSON geometry, Feature or FeatureCollection with
	 * one polygonal feature. It must be a valid (multi)polygon.
	 */
	static Geometry polygonFromUpload(String json) {
		JsonNode node;
		try {
			node = JSON.readTree(json);
		}
		catch (RuntimeException ex) {
			throw new InvalidInputException("org.geometry.invalid", "JSON");
		}
		String type = node.path("type").asString("");
		if (type.equals("FeatureCollection")) {
			JsonNode features = node.path("features");
			if (features.size() != 1) {
				throw new InvalidInputException("org.geometry.one-feature", features.size());
			}
			node = features.get(0);
			type = node.path("type").asString("");
		}
		if (type.equals("Feature")) {
			node = node.path("geometry");
		}
		Geometry geometry = fromGeoJson(node.toString());
		if (!(geometry instanceof Polygonal) || geometry.isEmpty()) {
			throw new InvalidInputException("org.geometry.not-polygon", geometry.getGeometryType());
		}
		if (!geometry.isValid()) {
			throw new InvalidInputException("org.geometry.not-valid", geometry.getGeometryType());
		}
		return geometry;
	}

	/** The boundary of a district from the bundled Shenyang GeoJSON, if it is there. */
	static Geometry districtBoundary(String districtCode) {
		try (InputStream in = new ClassPathResource("geo/shenyang-districts.geojson").getInputStream()) {
			for (JsonNode feature : JSON.readTree(in).path("features")) {
				if (districtCode.equals(feature.path("properties").path("code").asString())) {
					// the outlines are digitised at about 100 m and cross themselves in
					// places; fixing a
					// crossing can leave a speck of land apart from the district, which
					// we drop
					Geometry fixed = GeometryFixer.fix(fromGeoJson(feature.path("geometry").toString()));
					return largestPiece(GeometryPrecisionReducer.reduce(fixed, GRID));
				}
			}
			return null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
