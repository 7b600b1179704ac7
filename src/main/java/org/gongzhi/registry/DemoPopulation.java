package org.gongzhi.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The invented population of the demo district, household by household, the same for the
 * same seed: household sizes and an age pyramid like a Shenyang urban district's (2020
 * census: about 2.5 persons per household, a quarter aged 60 or more), Liaoning birth
 * places, 1–2 % in special groups. ID numbers are valid (region, birth date, check digit)
 * but take their sequence from {@link #FIRST_SEQUENCE}–{@link #LAST_SEQUENCE}, a range
 * the demo reserves (tests use 900–999); phones are invented ({@code 1990xxxxxxx}).
 */
final class DemoPopulation {

	static final int FIRST_SEQUENCE = 800;

	static final int LAST_SEQUENCE = 899;

	/** Household sizes 1–6, in percent (Shenyang urban districts). */
	private static final int[] SIZES = { 22, 33, 27, 10, 5, 3 };

	/** Adults by five-year band from 20 (20–24 … 95–99), relative weights. */
	private static final int[] ADULT_BANDS = { 45, 60, 80, 74, 68, 78, 90, 88, 78, 70, 50, 33, 23, 10, 4, 1 };

	/**
	 * Birth places: 皇姑区 most, then the rest of Shenyang, then other cities of Liaoning.
	 */
	private static final String[] HOME = { "210105" };

	private static final String[] SHENYANG = { "210102", "210103", "210104", "210106", "210111", "210112", "210113",
			"210114", "210115", "210123", "210124", "210181" };

	private static final String[] LIAONING = { "210202", "210302", "210402", "210502", "210602", "210703", "210802",
			"210902", "211002", "211102", "211202", "211302", "211402" };

	private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段";

	private static final String MALE = "伟强磊军洋勇杰涛明超刚建文辉力宇鹏浩然博轩志国庆海波德福东斌宏峰";

	private static final String FEMALE = "芳娜敏静丽艳娟秀霞平桂英华玉萍红晨欣悦佳怡涵婷思琪梓鑫春燕凤兰淑珍云";

	private static final String[] ETHNICITIES = { "汉族", "汉族", "汉族", "汉族", "汉族", "汉族", "汉族", "汉族", "满族", "回族", "朝鲜族",
			"蒙古族", "锡伯族" };

	private final Random random;

	private final LocalDate today;

	/** Sequences used by region, birth date and gender. */
	private final Map<String, Integer> used = new HashMap<>();

	private int persons;

	DemoPopulation(long seed, LocalDate today) {
		this.random = new Random(seed);
		this.today = today;
	}

	/** The next household. */
	Household next() {
		int size = pick(SIZES) + 1;
		List<Member> members = new ArrayList<>();
		int headAge = adultAge(size == 1 ? 30 : 22);
		boolean headMale = this.random.nextBoolean();
		String home = birthPlace();
		members.add(member(headAge, headMale, Relation.HEAD, home));
		int remaining = size - 1;
		if (remaining > 0 && (size > 2 || this.random.nextInt(100) < 75)) {
			int age = clamp(headAge + this.random.nextInt(7) - 3, 20, 99);
			members.add(member(age, !headMale, Relation.SPOUSE, home));
			remaining--;
		}
		int children = (size >= 4 && this.random.nextInt(100) < 60) ? Math.min(2, remaining) : Math.min(1, remaining);
		for (int i = 0; i < children; i++) {
			int age = headAge - 24 - this.random.nextInt(11);
			if (age < 0) {
				age = this.random.nextInt(Math.max(1, headAge - 17));
			}
			members.add(member(age, this.random.nextBoolean(), Relation.CHILD, home));
			remaining--;
		}
		while (remaining > 0) {
			int age = headAge + 24 + this.random.nextInt(9);
			if (age > 99) {
				age = this.random.nextInt(Math.max(1, headAge - 17));
				members.add(member(age, this.random.nextBoolean(), Relation.GRANDCHILD, home));
			}
			else {
				members.add(member(age, this.random.nextBoolean(), Relation.PARENT, home));
			}
			remaining--;
		}
		boolean rented = this.random.nextInt(100) < ((members.get(0).residence() == Residence.FLOATING) ? 70 : 18);
		return new Household(members, rented, 40 + this.random.nextInt(81));
	}

	private Member member(int age, boolean male, Relation relation, String householdHome) {
		String region = (this.random.nextInt(100) < 80) ? householdHome : birthPlace();
		LocalDate birth = this.today.minusYears(age).minusDays(1 + this.random.nextInt(364));
		String idNumber = idNumber(region, birth, male);
		this.persons++;
		String surname = String.valueOf(SURNAMES.charAt(this.random.nextInt(SURNAMES.length())));
		String given = male ? MALE : FEMALE;
		String name = surname + given.charAt(this.random.nextInt(given.length())) + ((this.random.nextInt(100) < 70)
				? String.valueOf(given.charAt(this.random.nextInt(given.length()))) : "");
		String phone = (age >= 16 && this.random.nextInt(100) < 85) ? String.format("1990%07d", this.persons) : null;
		Residence residence = region.startsWith("2101") ? Residence.REGISTERED
				: (this.random.nextInt(100) < 70) ? Residence.FLOATING : Residence.REGISTERED;
		Education education = education(age);
		LocalDate movedIn = this.today.minusDays(this.random.nextInt(Math.max(1, Math.min(age, 30)) * 365 + 1));
		return new Member(name, idNumber, phone, age, residence, ETHNICITIES[this.random.nextInt(ETHNICITIES.length)],
				education, relation, movedIn);
	}

	private Education education(int age) {
		if (age < 7) {
			return Education.NONE;
		}
		if (age < 13) {
			return Education.PRIMARY;
		}
		if (age < 16) {
			return Education.JUNIOR;
		}
		int draw = this.random.nextInt(100);
		if (age >= 60) {
			return (draw < 30) ? Education.PRIMARY
					: (draw < 65) ? Education.JUNIOR : (draw < 88) ? Education.SENIOR : Education.COLLEGE;
		}
		return (draw < 15) ? Education.JUNIOR : (draw < 40) ? Education.SENIOR
				: (draw < 62) ? Education.COLLEGE : (draw < 93) ? Education.BACHELOR : Education.POSTGRADUATE;
	}

	/**
	 * A valid ID number whose sequence lies in the reserved range, unique: a fully used
	 * birth date moves to the next day.
	 */
	private String idNumber(String region, LocalDate birth, boolean male) {
		LocalDate date = birth;
		while (true) {
			String key = region + date + male;
			int count = this.used.getOrDefault(key, 0);
			if (count < (LAST_SEQUENCE - FIRST_SEQUENCE + 1) / 2) {
				this.used.put(key, count + 1);
				// the last digit of the sequence gives the gender: odd for men
				int sequence = FIRST_SEQUENCE + 2 * count + (male ? 1 : 0);
				String first17 = region + date.toString().replace("-", "") + sequence;
				return first17 + IdNumbers.checkDigit(first17);
			}
			date = date.plusDays(1);
		}
	}

	private String birthPlace() {
		int draw = this.random.nextInt(100);
		String[] places = (draw < 55) ? HOME : (draw < 80) ? SHENYANG : LIAONING;
		return places[this.random.nextInt(places.length)];
	}

	private int adultAge(int minimum) {
		while (true) {
			int age = 20 + 5 * pick(ADULT_BANDS) + this.random.nextInt(5);
			if (age >= minimum) {
				return age;
			}
		}
	}

	private int pick(int[] weights) {
		int total = 0;
		for (int weight : weights) {
			total += weight;
		}
		int draw = this.random.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			draw -= weights[i];
			if (draw < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	/** A draw in [0, 1) from the generator, for choices the caller makes in turn. */
	double draw() {
		return this.random.nextDouble();
	}

	int nextInt(int bound) {
		return this.random.nextInt(bound);
	}

	private static int clamp(int value, int min, int max) {
		return Math.max(min, Math.min(max, value));
	}

	/**
	 * The special group a member belongs to, if any (about 1.5 % of persons): elderly
	 * living alone, disabilities, subsistence allowance, and a few of the rest.
	 */
	String specialGroup(Household household, Member member) {
		int draw = this.random.nextInt(10_000);
		if (household.members().size() == 1 && member.age() >= 70 && draw < 4_000) {
			return "ELDERLY_ALONE";
		}
		if (draw < 60) {
			return "DISABLED";
		}
		if (draw < 100) {
			return "LOW_INCOME";
		}
		if (member.age() < 16 && draw < 110) {
			return "LEFT_BEHIND_CHILD";
		}
		if (member.age() >= 18 && member.age() < 70) {
			if (draw < 104) {
				return "COMMUNITY_CORRECTION";
			}
			if (draw < 109) {
				return "RELEASED_PRISONER";
			}
			if (draw < 112) {
				return "DRUG_USER";
			}
		}
		if (draw < 122) {
			return "SEVERE_MENTAL_DISORDER";
		}
		return null;
	}

	/** A household: its members, head first, and its house. */
	record Household(List<Member> members, boolean rented, int area) {
	}

	/** One person. */
	record Member(String name, String idNumber, String phone, int age, Residence residence, String ethnicity,
			Education education, Relation relation, LocalDate movedIn) {
	}

}
