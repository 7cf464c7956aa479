// Cold start, baseline: import Arquero alone and make one table.
const aq = await import('arquero');
aq.table({ a: [1] });
