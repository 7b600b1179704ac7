package org.gongzhi.cases;

/** The coordinate system of a reported point. */
enum CoordSystem {

	/** GPS, and what is stored */
	WGS84,
	/** 国测局 "Mars" coordinates of Chinese web maps (高德, 腾讯) */
	GCJ02

}
