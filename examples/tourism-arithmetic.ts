// Does tourism revenue equal tourist arrivals × spending per visitor, in 2023?
// Run: npx tsx examples/tourism-arithmetic.ts
import { fig, describeInterval, productIdentity } from '../src/index.ts';

const result = productIdentity([fig('tourist_arrivals_2023'), fig('tourism_spend_per_visitor_2023')], fig('tourism_revenue_2023'));
console.log(`arrivals × spending: ${describeInterval(result.recomputed, 'yuan')}`);
console.log(`reported revenue:    ${describeInterval(result.reported, 'yuan')}`);
console.log(`${result.verdict}: the reported revenue is ${(Number(result.gap) * 100).toFixed(1)}% of the product`);
