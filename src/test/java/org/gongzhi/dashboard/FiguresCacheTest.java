package org.gongzhi.dashboard;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FiguresCacheTest {

	private static final FiguresCache.Key KEY = new FiguresCache.Key("210105", 30, LocalDate.of(2026, 11, 24), null,
			Locale.CHINA);

	private final AtomicInteger computed = new AtomicInteger();

	@Test
	void figuresAreKeptUntilCleared() {
		FiguresCache cache = new FiguresCache(Duration.ofMinutes(5));
		DashboardFigures.Figures first = cache.get(KEY, this::compute);
		assertThat(cache.get(KEY, this::compute)).isSameAs(first);
		assertThat(this.computed).hasValue(1);
		cache.clear();
		assertThat(cache.get(KEY, this::compute)).isNotSameAs(first);
		assertThat(this.computed).hasValue(2);
	}

	@Test
	void anotherDepartmentLanguageOrDayIsAnotherEntry() {
		FiguresCache cache = new FiguresCache(Duration.ofMinutes(5));
		cache.get(KEY, this::compute);
		cache.get(new FiguresCache.Key("210105", 30, KEY.today(), "210105-CG", Locale.CHINA), this::compute);
		cache.get(new FiguresCache.Key("210105", 30, KEY.today(), null, Locale.ENGLISH), this::compute);
		cache.get(new FiguresCache.Key("210105", 30, KEY.today().plusDays(1), null, Locale.CHINA), this::compute);
		cache.get(new FiguresCache.Key("210105", 7, KEY.today(), null, Locale.CHINA), this::compute);
		assertThat(this.computed).hasValue(5);
	}

	@Test
	void figuresComputedWhileClearedAreNotKept() {
		FiguresCache cache = new FiguresCache(Duration.ofMinutes(5));
		cache.get(KEY, () -> {
			cache.clear(); // a case event counted meanwhile
			return compute();
		});
		cache.get(KEY, this::compute);
		assertThat(this.computed).hasValue(2);
	}

	@Test
	void figuresExpire() {
		FiguresCache cache = new FiguresCache(Duration.ZERO);
		cache.get(KEY, this::compute);
		cache.get(KEY, this::compute);
		assertThat(this.computed).hasValue(2);
	}

	private DashboardFigures.Figures compute() {
		this.computed.incrementAndGet();
		return new DashboardFigures.Figures(null, null, 30, null, null, null, Map.of(), null, null, null, List.of(),
				List.of(), List.of(), List.of());
	}

}
