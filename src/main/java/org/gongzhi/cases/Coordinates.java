package org.gongzhi.cases;

/**
 * GCJ-02 to WGS-84 and distances. GCJ-02 is WGS-84 with a published, non-invertible
 * offset inside China; the inverse is found by iterating the forward transform until it
 * lands on the given point (well below a millimetre).
 */
final class Coordinates {

	private static final double A = 6378245.0;

	private static final double EE = 0.00669342162296594323;

	private static final double EARTH_RADIUS_M = 6_371_008.8;

	private Coordinates() {
	}

	/** A point as latitude and longitude in degrees. */
	record LatLng(double lat, double lng) {
	}

	static LatLng toWgs84(double lat, double lng, CoordSystem system) {
		return (system == CoordSystem.GCJ02) ? gcj02ToWgs84(lat, lng) : new LatLng(lat, lng);
	}

	static LatLng gcj02ToWgs84(double lat, double lng) {
		double wgsLat = lat;
		double wgsLng = lng;
		for (int i = 0; i < 30; i++) {
			LatLng shifted = wgs84ToGcj02(wgsLat, wgsLng);
			double dLat = shifted.lat() - lat;
			double dLng = shifted.lng() - lng;
			wgsLat -= dLat;
			wgsLng -= dLng;
			if (Math.abs(dLat) < 1e-10 && Math.abs(dLng) < 1e-10) {
				break;
			}
		}
		return new LatLng(wgsLat, wgsLng);
	}

	static LatLng wgs84ToGcj02(double lat, double lng) {
		if (outOfChina(lat, lng)) {
			return new LatLng(lat, lng);
		}
		double dLat = transformLat(lng - 105.0, lat - 35.0);
		double dLng = transformLng(lng - 105.0, lat - 35.0);
		double radLat = lat / 180.0 * Math.PI;
		double magic = Math.sin(radLat);
		magic = 1 - EE * magic * magic;
		double sqrtMagic = Math.sqrt(magic);
		dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
		dLng = (dLng * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
		return new LatLng(lat + dLat, lng + dLng);
	}

	/** Great-circle distance in metres. */
	static double distanceMetres(double lat1, double lng1, double lat2, double lng2) {
		double phi1 = Math.toRadians(lat1);
		double phi2 = Math.toRadians(lat2);
		double dPhi = phi2 - phi1;
		double dLambda = Math.toRadians(lng2 - lng1);
		double h = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
				+ Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
		return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
	}

	/** Degrees of latitude spanning {@code metres}. */
	static double latDegrees(double metres) {
		return Math.toDegrees(metres / EARTH_RADIUS_M);
	}

	/** Degrees of longitude spanning {@code metres} at a latitude. */
	static double lngDegrees(double metres, double lat) {
		return latDegrees(metres) / Math.max(0.01, Math.cos(Math.toRadians(lat)));
	}

	private static boolean outOfChina(double lat, double lng) {
		return lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271;
	}

	private static double transformLat(double x, double y) {
		double ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
		ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
		ret += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
		ret += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
		return ret;
	}

	private static double transformLng(double x, double y) {
		double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
		ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
		ret += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
		ret += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
		return ret;
	}

}
