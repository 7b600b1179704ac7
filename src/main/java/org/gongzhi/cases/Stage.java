package org.gongzhi.cases;

/** The stages of a case that each have a time limit (时限). */
public enum Stage {

	/** 立案: from report to accept or reject */
	ACCEPT,
	/** 派遣: from accept to dispatch */
	DISPATCH,
	/** 处置: from dispatch to handled */
	HANDLE,
	/** 核查: from handled to verified */
	VERIFY

}
