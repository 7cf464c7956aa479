/** The levels above that set goals (市下达的, 上级下达的), as pattern alternatives. */
export const SETTERS = '省|市|县|区|上级';

/** Whom a goal is set for, where its words say (下达给我县的), as an optional pattern. */
export const SET_FOR_US = '(?:给?我[区县市镇乡])?';

/** A goal set from above, named (下达的年度目标任务), as a pattern. */
export const GOAL_SET = '下达的?(?:年度|全年)?目标(?:任务)?';

/** A task or an index set from above, named after 下达 (下达的耕地保有量目标任务, 下达我县的控制指标), as a pattern. */
export const TASK_SET = `下达${SET_FOR_US}的[^，,；;。\\d]{1,10}(?:目标任务|任务|指标)`;
