import { serve, launch } from './support.mjs';
import { readFile, writeFile } from 'node:fs/promises';
const s = await serve('/tmp/profdist'); const b = await launch();
const d = JSON.parse(await readFile('/work/main/tests/fixtures/compliant.json', 'utf8'));
const base = d.subcontractors[0];
d.subcontractors = Array.from({ length: 300 }, (_, i) => ({ ...structuredClone(base), id: `sub-${i}`, parent: i < 100 ? 'contractor' : `sub-${i - 100}`, name: `再委託先株式会社${i}` }));
const buf = Buffer.from(JSON.stringify(d));
const c = await b.newContext(); const p = await c.newPage();
const mode = process.argv[2] ?? 'read';
const cdp = await c.newCDPSession(p);
if (mode === 'read') {
  await p.goto(s.url + '#/read'); await p.waitForSelector('main h1');
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start');
  await p.locator('#file-open-input').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: buf });
  await p.waitForSelector('article.document', { timeout: 120000 });
} else {
  await p.goto(s.url + '#/drafts'); await p.waitForSelector('main h1');
  await p.locator('#file-open-input').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: buf });
  await p.waitForURL(/#\/$/, { timeout: 120000 });
  await p.goto(s.url + '#/subcontractors'); await p.waitForSelector('.entry-list__entries');
  await p.locator('.entry-list__entries > li').first().locator('button[aria-controls$="body"]').click();
  await p.locator('#f-subcontractors-0-name').click();
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start');
  for (const k of 'abcdef') { await p.keyboard.press(k); await p.waitForTimeout(400); }
}
await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
const { profile } = await cdp.send('Profiler.stop');
// self time per function
const self = new Map(); const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas; const total = {};
profile.samples.forEach((id, i) => { const n = byId.get(id); const k = n.callFrame.functionName || '(anon)'; self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0)); });
// inclusive: walk parents
const parent = new Map(); for (const n of profile.nodes) for (const ch of n.children ?? []) parent.set(ch, n.id);
const incl = new Map();
profile.samples.forEach((id, i) => { const seen = new Set(); let cur = id; while (cur !== undefined) { const k = byId.get(cur).callFrame.functionName || '(anon)'; if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + (dt[i] ?? 0)); } cur = parent.get(cur); } });
const top = (m) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, 45).map(([k, v]) => `${(v / 1000).toFixed(0).padStart(6)} ms  ${k.slice(0, 150)}`).join('\n');
console.log('SELF\n' + top(self)); console.log('INCLUSIVE\n' + top(incl));
await b.close(); await s.close();
