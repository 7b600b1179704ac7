package org.gongzhi.identity;

/**
 * A functional department (职能部门: 城管, 住建, 市场监管, a utility company…) that handles
 * dispatched cases. Departments form a tree of their own; a child's code extends its
 * parent's, so a department's subtree is a code prefix.
 *
 * @param code unique code, e.g. {@code 210105-CG} and {@code 210105-CG-001} below it
 * @param name official name
 * @param parentCode code of the parent department, {@code null} at the top
 * @param orgCode org unit the department serves (its area)
 */
public record Department(String code, String name, String parentCode, String orgCode) {
}
