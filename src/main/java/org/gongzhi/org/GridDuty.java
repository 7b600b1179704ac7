package org.gongzhi.org;

/** What a person does in a grid. */
public enum GridDuty {

	/** 专职网格员: one per grid, owns everything in it. */
	GRID_WORKER,
	/** 网格信息员/楼长: reports from 50–100 households. */
	INFORMANT;

	public String labelKey() {
		return "org.duty." + name();
	}

}
