// 履行体制図 on the subcontractor page in a real Chromium: compliant.json grown to 10
// subcontractors over 3 levels, imported on the drafts page; in the drawn SVG no two node
// boxes overlap and no edge label touches a box (DOM geometry, getBBox), every name is in
// its box's text, the words under 「文章で見る」 nest by level; a screenshot of the figure
// goes to tests/output/screenshots/diagram-10.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, openPage, fixtures, output, axe, appAndBrowser } from './support.mjs';


const shots = join(output, 'screenshots');

const app = appAndBrowser(shots);

/** compliant.json with 10 subcontractors: 3 under the contractor, 4 under them, 3 below. */
async function tenSubcontractors() {
  const d = JSON.parse(await readFile(join(fixtures, 'compliant.json'), 'utf8'));
  const base = d.subcontractors[0];
  const tree = [
    ['sub-2', 'contractor', '株式会社東海システム'],
    ['sub-3', 'contractor', '伊勢データ株式会社'],
    ['sub-4', 'sub-1', '中央会保守サービス株式会社'],
    ['sub-5', 'sub-1', '株式会社ネットワーク運用'],
    ['sub-6', 'sub-2', '鈴鹿ソフト合同会社'],
    ['sub-7', 'sub-3', '株式会社バックアップ管理'],
    ['sub-8', 'sub-4', '株式会社監視センター'],
    ['sub-9', 'sub-5', '尾鷲ネット株式会社'],
    ['sub-10', 'sub-6', '株式会社データ入力'],
  ];
  for (const [id, parent, name] of tree) {
    d.subcontractors.push({ ...base, id, parent, name, supervision: `${name}の作業を月次報告で確認する。` });
  }
  return d;
}

/** Whether two boxes share any area (touching edges do not count). */
const overlap = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test('ten subcontractors over three levels: boxes apart, every name drawn, words nested', async () => {
  const d = await tenSubcontractors();
  assert.equal(d.subcontractors.length, 10);
  const { context, page, errors } = await openPage(app.browser, app.server.url + '#/drafts');
  await page.locator('#file-open-input').setInputFiles({
    name: 'diagram-10.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(d)),
  });
  await page.waitForURL(/#\/$/);
  await page.getByRole('link', { name: /再委託先/ }).first().click();
  await page.waitForURL(/#\/subcontractors$/);
  const figure = page.getByTestId('diagram');
  await figure.locator('svg').waitFor();
  assert.equal(await figure.locator('h2').textContent(), '履行体制図');

  const nodes = await figure.locator('svg g.diagram__node').evaluateAll((gs) => gs.map((g) => {
    const r = g.querySelector('rect').getBBox();
    return {
      id: g.dataset.id,
      box: { x: r.x, y: r.y, width: r.width, height: r.height },
      text: [...g.querySelectorAll(':scope > text')].map((t) => t.textContent).join(''),
    };
  }));
  assert.equal(nodes.length, 12, 'the municipality, the contractor and 10 subcontractors');
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      assert.ok(!overlap(nodes[i].box, nodes[j].box), `${nodes[i].id} and ${nodes[j].id} overlap`);
    }
  }
  const labels = await figure.locator('svg text.diagram__label').evaluateAll((ts) => ts.map((t) => {
    const r = t.getBBox();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }));
  assert.equal(labels.length, 10, 'one supervision label per subcontractor');
  for (const l of labels) {
    for (const n of nodes) assert.ok(!overlap(l, n.box), `a label touches ${n.id}`);
  }
  const names = [d.basic.municipality, d.entrustment.contractor.name, ...d.subcontractors.map((s) => s.name)];
  const drawn = nodes.map((n) => n.text).join('\n');
  for (const name of names) assert.ok(drawn.includes(name), `${name} drawn in a box`);
  const svgText = await figure.locator('svg').textContent();
  for (const name of names) assert.ok(svgText.includes(name), `${name} in the SVG text`);

  // The same tree in words: 12 lines, the deepest four lists down (contractor → 3 levels).
  const details = figure.locator('details');
  await details.locator('summary').click();
  assert.equal(await details.locator('li').count(), 12);
  const deepest = await details.locator('ul ul ul ul ul li').allTextContents();
  assert.equal(deepest.length, 3, deepest.join('\n'));
  assert.ok(deepest.some((t) => t.includes('株式会社監視センター')));
  await details.locator('summary').click();

  await axe(page, 'the diagram');

  await figure.screenshot({ path: join(shots, 'diagram-10.png') });
  assert.deepEqual(errors, []);
  await context.close();
});
