package org.gongzhi.org;

/**
 * Grid outlines were added or changed under a unit; locating points must use the new
 * outlines.
 *
 * @param orgCode the unit under which grids changed
 */
public record GridsChanged(String orgCode) {
}
