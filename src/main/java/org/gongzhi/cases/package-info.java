/**
 * The case closed loop (发现→立案→派遣→处置→核查→结案→评价): categories, the case aggregate and its
 * transitions, SLA clocks and supervision, 吹哨报到, duplicates and Open311. Other modules
 * follow cases through the {@link org.gongzhi.cases.CaseEvent} records published after
 * each transition commits, and reach the users following a case through
 * {@link org.gongzhi.cases.CaseFollowers}. The legal transitions are in one table
 * ({@code CaseAction} with {@code CaseWorkflow}); who may take them in
 * {@code CasePolicy}; who sees which case in {@code CaseAccess}.
 */
package org.gongzhi.cases;
