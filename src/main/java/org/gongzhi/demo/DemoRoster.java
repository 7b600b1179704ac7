package org.gongzhi.demo;

import java.util.List;
import java.util.Random;

import org.gongzhi.org.GridDuty;
import org.gongzhi.org.GridStaffing;
import org.gongzhi.org.OrgLevel;
import org.gongzhi.org.OrgUnit;
import org.gongzhi.org.OrgUnits;

import org.springframework.stereotype.Component;

/**
 * Staffs the demo grids the way a real district is staffed: nearly every grid has its own
 * grid worker, a few share one (and so are flagged as overloaded), a few wait for a hire,
 * and each grid has one to three 网格信息员. Names are invented; the same seed gives the same
 * roster.
 */
@Component
class DemoRoster {

	private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段";

	private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力宇鹏晨欣悦佳怡浩然博涵子轩雨婷思琪梓鑫宏志国庆春燕海波凤兰淑珍秀云德福";

	private final OrgUnits units;

	private final GridStaffing staffing;

	DemoRoster(OrgUnits units, GridStaffing staffing) {
		this.units = units;
		this.staffing = staffing;
	}

	/**
	 * @return the number of grid workers assigned
	 */
	int staff(String districtCode, long seed) {
		Random random = new Random(seed);
		List<OrgUnit> grids = this.units.within(districtCode, OrgLevel.GRID);
		String previousCommunity = "";
		String previousWorker = null;
		int workers = 0;
		for (OrgUnit grid : grids) {
			double draw = random.nextDouble();
			String community = grid.parentCode();
			if (draw < 0.03) {
				previousWorker = null;
			}
			else if (draw < 0.07 && community.equals(previousCommunity) && previousWorker != null) {
				this.staffing.assign(grid.code(), "roster:" + previousWorker, previousWorker.substring(5), null,
						GridDuty.GRID_WORKER);
			}
			else {
				String name = name(random);
				previousWorker = String.format("%05d", workers++) + name;
				this.staffing.assign(grid.code(), "roster:" + previousWorker, name, null, GridDuty.GRID_WORKER);
			}
			int informants = 1 + random.nextInt(3);
			for (int i = 0; i < informants; i++) {
				String name = name(random);
				this.staffing.assign(grid.code(), "roster:" + grid.code() + "-" + i, name, null, GridDuty.INFORMANT);
			}
			previousCommunity = community;
		}
		return workers;
	}

	static String name(Random random) {
		String name = String.valueOf(SURNAMES.charAt(random.nextInt(SURNAMES.length())))
				+ GIVEN.charAt(random.nextInt(GIVEN.length()));
		return random.nextBoolean() ? name + GIVEN.charAt(random.nextInt(GIVEN.length())) : name;
	}

}
