/**
 * The org tree (市/区/街道/社区/网格/楼栋) on National Bureau of Statistics codes, grids and
 * geometry. Every other module scopes its data by the codes this module owns.
 */
package org.gongzhi.org;
