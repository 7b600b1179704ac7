package org.gongzhi.cases;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CoordinatesTest {

	@Test
	void gcj02IsWgs84ShiftedByAFewHundredMetresInsideChina() {
		Coordinates.LatLng gcj = Coordinates.wgs84ToGcj02(41.8457, 123.4235);
		double shift = Coordinates.distanceMetres(41.8457, 123.4235, gcj.lat(), gcj.lng());
		assertThat(shift).isBetween(200.0, 800.0);
	}

	@Test
	void theIterativeInverseLandsWithinAMillimetre() {
		for (double[] point : new double[][] { { 41.8457, 123.4235 }, { 39.9087, 116.3975 }, { 22.5431, 114.0579 } }) {
			Coordinates.LatLng gcj = Coordinates.wgs84ToGcj02(point[0], point[1]);
			Coordinates.LatLng back = Coordinates.gcj02ToWgs84(gcj.lat(), gcj.lng());
			assertThat(Coordinates.distanceMetres(point[0], point[1], back.lat(), back.lng())).isLessThan(0.001);
		}
	}

	@Test
	void outsideChinaNothingShifts() {
		Coordinates.LatLng paris = Coordinates.gcj02ToWgs84(48.8566, 2.3522);
		assertThat(paris.lat()).isCloseTo(48.8566, within(1e-12));
		assertThat(paris.lng()).isCloseTo(2.3522, within(1e-12));
	}

	@Test
	void aKnownDistance() {
		assertThat(Coordinates.distanceMetres(41.8, 123.4, 41.8, 123.4 + Coordinates.lngDegrees(100, 41.8)))
			.isCloseTo(100.0, within(0.01));
	}

}
