package org.gongzhi.demo;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.gongzhi.cases.Priority;

/**
 * The categories of the demo history and how often each comes up, after the shares a
 * district's 数字城管 and grid system typically report: street order and city appearance (城管)
 * first, then community governance, roads and housing, the utilities last. Priorities and
 * handle limits are the shipped categories' (V4_1 migration).
 */
final class DemoCaseMix {

	/**
	 * One category of the mix.
	 *
	 * @param code category code
	 * @param nameZh its name, for descriptions
	 * @param unitType its default handling unit type
	 * @param priority its default priority
	 * @param handleMinutes its handle limit in minutes: working time, clock time for 特急
	 * @param weight how often it comes up, relative to the others
	 */
	record Kind(String code, String nameZh, String unitType, Priority priority, int handleMinutes, double weight) {

		Duration handleLimit() {
			return Duration.ofMinutes(this.handleMinutes);
		}

		boolean byTheCommunity() {
			return "SQ".equals(this.unitType) || "JD".equals(this.unitType);
		}

	}

	static final List<Kind> KINDS = List.of(kind("SJ0101", "暴露垃圾", "CG", Priority.HIGH, 450, 10),
			kind("SJ0102", "积存垃圾渣土", "CG", Priority.NORMAL, 1350, 5),
			kind("SJ0103", "道路不洁", "CG", Priority.HIGH, 450, 4), kind("SJ0201", "乱贴广告", "CG", Priority.NORMAL, 1350, 7),
			kind("SJ0205", "散发小广告", "CG", Priority.NORMAL, 1350, 3),
			kind("SJ0501", "占道经营", "CG", Priority.HIGH, 450, 8), kind("SJ0502", "店外经营", "CG", Priority.NORMAL, 1350, 6),
			kind("SJ0503", "流动摊贩", "CG", Priority.HIGH, 450, 4),
			kind("SJ0505", "非机动车乱停放", "CG", Priority.NORMAL, 1350, 4),
			kind("SJ0305", "违章搭建", "CG", Priority.NORMAL, 3150, 2), kind("SJ0303", "道路遗撒", "CG", Priority.HIGH, 450, 2),
			kind("BJ0201", "路灯不亮", "CG", Priority.NORMAL, 1350, 3),
			kind("BJ0301", "垃圾箱破损", "CG", Priority.NORMAL, 1350, 2),
			kind("ZL0306", "垃圾清运不及时", "CG", Priority.HIGH, 450, 2), kind("BJ0101", "井盖破损", "ZJ", Priority.HIGH, 450, 2),
			kind("BJ0102", "井盖缺失", "ZJ", Priority.URGENT, 120, 0.6),
			kind("BJ0202", "路面破损", "ZJ", Priority.NORMAL, 2250, 2),
			kind("BJ0203", "人行道破损", "ZJ", Priority.NORMAL, 2250, 1.5),
			kind("SJ0301", "施工扰民", "ZJ", Priority.HIGH, 450, 1.5), kind("ZL0301", "供暖不热", "ZJ", Priority.HIGH, 450, 2),
			kind("ZL0405", "违规装修", "ZJ", Priority.NORMAL, 2250, 1),
			kind("BJ0103", "雨水箅子堵塞", "SW", Priority.NORMAL, 1350, 1),
			kind("SJ0109", "道路积水", "SW", Priority.HIGH, 450, 0.8), kind("ZL0302", "停水", "SW", Priority.HIGH, 450, 0.7),
			kind("BJ0107", "电力设施损坏", "GD", Priority.HIGH, 450, 0.5),
			kind("BJ0106", "燃气设施异常", "RQ", Priority.URGENT, 120, 0.3),
			kind("BJ0402", "树木枯死", "YL", Priority.NORMAL, 3150, 0.8),
			kind("BJ0403", "绿地损毁", "YL", Priority.NORMAL, 2250, 0.8),
			kind("BJ0206", "道路护栏损坏", "JT", Priority.NORMAL, 2250, 0.5),
			kind("SJ0106", "餐饮油烟扰民", "HB", Priority.NORMAL, 2250, 1.5),
			kind("SJ0107", "噪声扰民", "HB", Priority.HIGH, 450, 2), kind("SJ0302", "工地扬尘", "HB", Priority.HIGH, 450, 1),
			kind("SJ0504", "机动车乱停放", "GA", Priority.HIGH, 450, 4),
			kind("ZL0503", "群租房隐患", "GA", Priority.NORMAL, 2250, 0.5),
			kind("SJ0507", "无照经营", "SJ", Priority.NORMAL, 2250, 1),
			kind("ZL0204", "电梯故障", "SJ", Priority.URGENT, 120, 0.8),
			kind("ZL0101", "邻里纠纷", "SQ", Priority.NORMAL, 2250, 3),
			kind("ZL0103", "物业纠纷", "SQ", Priority.NORMAL, 2250, 2),
			kind("ZL0201", "消防通道堵塞", "SQ", Priority.HIGH, 450, 1.5),
			kind("ZL0202", "飞线充电", "SQ", Priority.HIGH, 450, 1.5),
			kind("ZL0205", "楼道堆物", "SQ", Priority.NORMAL, 1350, 2.5),
			kind("ZL0303", "养老服务需求", "SQ", Priority.NORMAL, 2250, 1),
			kind("ZL0401", "物业服务不到位", "SQ", Priority.NORMAL, 2250, 2.5),
			kind("ZL0402", "小区环境卫生差", "SQ", Priority.NORMAL, 1350, 2),
			kind("ZL0404", "小区停车管理", "SQ", Priority.NORMAL, 2250, 1.5),
			kind("BJ0601", "健身器材损坏", "SQ", Priority.NORMAL, 2250, 0.8),
			kind("ZL0104", "劳资纠纷", "JD", Priority.HIGH, 450, 0.6),
			kind("ZL0406", "弃管小区", "JD", Priority.NORMAL, 3150, 0.4));

	private static final double TOTAL = KINDS.stream().mapToDouble(Kind::weight).sum();

	private DemoCaseMix() {
	}

	static Kind pick(Random random) {
		double draw = random.nextDouble() * TOTAL;
		for (Kind kind : KINDS) {
			draw -= kind.weight();
			if (draw < 0) {
				return kind;
			}
		}
		return KINDS.get(KINDS.size() - 1);
	}

	private static Kind kind(String code, String nameZh, String unitType, Priority priority, int handleMinutes,
			double weight) {
		return new Kind(code, nameZh, unitType, priority, handleMinutes, weight);
	}

}
