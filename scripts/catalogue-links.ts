/**
 * `npm run catalogue:links`: requests every address in the catalogue and prints which are broken or
 * have moved (a maintainer's tool; it needs internet access and is never run in CI).
 *   -- --concurrency 4 --timeout 15 --json links.json
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { catalogueUrls, checkLinks, formatLinkReport, verdictOf } from './link-check';
import { readCatalogue } from './read-catalogue';

const { values } = parseArgs({ options: { concurrency: { type: 'string', default: '4' }, timeout: { type: 'string', default: '15' }, json: { type: 'string' } } });
const urls = catalogueUrls(readCatalogue().platforms);
console.log(`Checking ${urls.size} addresses, ${values.concurrency} at a time…`);
const results = await checkLinks(urls, { concurrency: Number(values.concurrency), timeoutMs: Number(values.timeout) * 1000 });
console.log(formatLinkReport(results));
if (values.json) writeFileSync(values.json, JSON.stringify(results, null, 2) + '\n');
process.exitCode = results.some((r) => verdictOf(r) === 'broken') ? 1 : 0;
