import { type ColumnTable } from 'arquero';
import { type Report, type Topic } from '../report/types.ts';
/**
 * The claims of one topic (`tourism`, `macro`, `investment`… see `TOPICS`).
 *
 * @param topic - A topic code.
 * @param report - The report; the bundled report by default.
 * @returns A table with the columns of `VIEW_COLUMNS` and `counterpart`, in text order.
 * @throws {UnknownValueError} When the topic is not one of `TOPICS` (the error suggests the nearest).
 * @example
 * byTopic('tourism').filter((d) => d.year === 2023 && d.status === 'actual').array('surface').slice(0, 3)
 * // => ['7大项', '28个', '4494万人次']
 * byTopic('tourisme')
 * // => throws UnknownValueError
 */
export declare function byTopic(topic: Topic, report?: Report): ColumnTable;
