/**
 * Evaluation: the indicators of the case closed loop (响应率, 结案率, 按期结案率, 返工率, 退回率, 解决率,
 * 满意率, closure times, counts by state and category) per place, handling unit, category,
 * worker and period. Case events are counted into additive rollup tables as they happen
 * ({@link org.gongzhi.evaluation.Indicators} reads only those); the definitions are in
 * {@link org.gongzhi.evaluation.IndicatorDefinitions}.
 */
package org.gongzhi.evaluation;
