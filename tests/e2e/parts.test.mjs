// Part files down the chain (issue 13), in a real Chromium with three parties in separate
// browser contexts: the contractor requests 国民健康保険中央会's part; 国保中央会 opens it,
// fills its entry, adds its own subcontractor and requests that one's part; the vendor
// fills its entry and returns it; 国保中央会 merges it and returns its part; the contractor
// merges — and the declaration holds every answer typed down the chain, declaration-check
// giving S5–S7 適合. Then a conflict (both sides changed one answer) resolved to theirs,
// and the merge undone. axe on the part form and the merge preview.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { root, fixtures, output, appAndBrowser, openPage, axe, saveDownload, openCard } from './support.mjs';
import { answer, answerAll } from './fill.mjs';

const out = join(output, 'exports');
const shots = join(output, 'screenshots');
const app = appAndBrowser(out);
const cli = join(root, 'target/release/declaration-check');

const save = (page, click, name) => saveDownload(page, click, out, name);

async function request(page, i, message, name) {
  await openCard(page, i);
  await page.locator(`#part-request-${i}-open`).click();
  await page.locator(`#part-request-${i}-message`).fill(message);
  return save(page, () => page.locator(`#subcontractor-${i}-answers [data-testid=part-request-save]`).click(), name);
}

/** A party that opens a part file from the drafts page. */
async function openPart(browser, file) {
  const party = await openPage(browser, app.server.url + '#/drafts');
  await party.page.locator('#file-open-input').setInputFiles(file);
  await party.page.waitForURL(/#\/part$/);
  await party.page.locator('[data-testid=part-context]').waitFor();
  return party;
}

async function merge(page, file) {
  await page.locator('#part-merge-file-input').setInputFiles(file);
  await page.getByTestId('part-merge-preview').waitFor();
}

async function startContractor() {
  const contractor = await openPage(app.browser, app.server.url + '#/drafts');
  const c = contractor.page;
  await c.locator('#file-open-input').setInputFiles(join(fixtures, 'noncompliant.json'));
  await c.waitForURL(/#\/$/);
  await c.goto(app.server.url + '#/subcontractors');
  return contractor;
}

test('three parties fill the chain with part files, merged back without losing a word', async () => {
  const fixture = JSON.parse(await readFile(join(fixtures, 'noncompliant.json'), 'utf8'));
  const sub1 = fixture.subcontractors[0];
  const contractor = await startContractor();
  const c = contractor.page;
  const part1 = await request(c, 0, '貴会の欄をご記入のうえ、返送してください。', 'parts-1.json');
  assert.match(part1.suggested, /^記入依頼_国民健康保険中央会_\d{4}-\d{2}-\d{2}\.json$/);
  const sent = JSON.parse(await readFile(part1.file, 'utf8'));
  assert.deepEqual(sent.subcontractors.map((s) => s.id), ['sub-1']);
  assert.ok(!('cloud' in sent) && !('measures' in sent), 'nothing else of the declaration');
  await c.getByTestId('subcontractor-part-state').first().waitFor();
  assert.match(await c.getByTestId('subcontractor-part-state').first().textContent(), /^記入依頼中（\d{4}-\d{2}-\d{2} 送付）$/);

  // 国保中央会: its entry, its own subcontractor, and that one's request.
  const kokuho = await openPart(app.browser, part1.file);
  const k = kokuho.page;
  assert.match(await k.getByTestId('part-message').textContent(), /貴会の欄をご記入/);
  assert.equal(await k.locator('#subcontractors-add').count(), 0, 'nothing can be added beside its own entry');
  assert.equal(await k.locator('#subcontractor-0-remove').count(), 0, 'its own entry cannot be removed');
  await openCard(k, 0);
  await answer(k, 'subcontractors[0].inspection', '年2回、立入調査を受け入れる。');
  await k.locator('#subcontractor-0-add-child').click();
  await answer(k, 'subcontractors[1].name', '株式会社ベンダー');
  await axe(k, 'the part form');
  await k.screenshot({ path: join(shots, 'part-form-ja.png'), fullPage: true });
  const part2 = await request(k, 1, '貴社の欄をご記入ください。', 'parts-2.json');
  const sent2 = JSON.parse(await readFile(part2.file, 'utf8'));
  assert.equal(sent2.subcontractors.length, 1);
  assert.equal(sent2.subcontractors[0].parent, 'sub-1');

  // The vendor fills its entry (every answer) and returns it. Its part names the chain
  // above it (国保中央会), shown first: its own entry is the second (issue 30).
  assert.deepEqual(sent2.above, [{ id: 'sub-1', name: '国民健康保険中央会' }]);
  const vendor = await openPart(app.browser, part2.file);
  const v = vendor.page;
  await openCard(v, 1);
  assert.equal(await v.locator('#subcontractor-0-toggle').count(), 0, 'the chain above is not an entry to fill in');
  const { id, parent, name, inspection, ...rest } = sub1;
  await answerAll(v, { ...rest, inspection: '年1回、立入調査を受け入れる。' }, 'subcontractors[1]');
  await v.waitForFunction(() => /記入漏れ・誤りはありません/.test(document.querySelector('[data-testid=part-errors]')?.textContent ?? ''));
  const back2 = await save(v, () => v.getByTestId('part-send-back').click(), 'parts-2-returned.json');
  assert.match(back2.suggested, /^記入返送_株式会社ベンダー_\d{4}-\d{2}-\d{2}\.json$/, 'the returned file is named apart from the request');
  assert.ok(JSON.parse(await readFile(back2.file, 'utf8')).returned_at);

  // 国保中央会 merges it and returns its own part.
  await merge(k, back2.file);
  await axe(k, 'the merge preview');
  await k.getByTestId('part-merge').screenshot({ path: join(shots, 'part-merge-preview-ja.png') });
  assert.match(await k.getByTestId('part-merge-rows').textContent(), /年1回、立入調査を受け入れる。/);
  await k.getByTestId('part-merge-apply').click();
  await k.getByTestId('part-merged').waitFor();
  const back1 = await save(k, () => k.getByTestId('part-send-back').click(), 'parts-1-returned.json');
  const returned1 = JSON.parse(await readFile(back1.file, 'utf8'));
  assert.equal(returned1.subcontractors.length, 2);
  assert.equal(returned1.subcontractors[0].parent, 'contractor', 'its own parent as the contractor has it');

  // The contractor merges, and the chain is as if typed in one place.
  await merge(c, back1.file);
  assert.equal(await c.locator('[data-testid=part-conflicts]').count(), 0);
  await c.getByTestId('part-merge-apply').click();
  await c.getByTestId('part-merged').waitFor();
  const done = await save(c, () => c.getByTestId('export-any').click(), 'parts-final.json');
  const final = JSON.parse(await readFile(done.file, 'utf8'));
  assert.equal(final.subcontractors.length, 2);
  const [mine, theirs] = final.subcontractors;
  assert.equal(mine.inspection, '年2回、立入調査を受け入れる。');
  assert.equal(theirs.name, '株式会社ベンダー');
  assert.equal(theirs.parent, 'sub-1');
  assert.equal(theirs.id, `sub-${sent.id.replace(/[^0-9a-z]/gi, '').slice(0, 8).toLowerCase()}-1`, 'an id of the part its own, never one of the contractor\'s');
  for (const key of Object.keys(rest)) assert.deepEqual(theirs[key], rest[key], key);
  const typed = { ...fixture, subcontractors: [{ ...sub1, inspection: mine.inspection }, { ...rest, id: theirs.id, parent: 'sub-1', name: '株式会社ベンダー', inspection: '年1回、立入調査を受け入れる。' }] };
  assert.deepEqual(final.subcontractors, typed.subcontractors, 'equal to the chain typed by hand in one place');
  let line;
  try {
    line = execFileSync(cli, [done.file], { encoding: 'utf8' });
  } catch (e) {
    line = e.stdout; // noncompliant.json's C2, C4, C6 stay 不適合
  }
  const report = JSON.parse(line);
  assert.deepEqual([report.conditions.S5, report.conditions.S6, report.conditions.S7], ['met', 'met', 'met']);
  // The part is its own kind in 国保中央会's drafts list.
  await k.goto(app.server.url + '#/drafts');
  await k.getByTestId('drafts-parts').waitFor();
  assert.match(await k.getByTestId('drafts-parts').textContent(), /記入依頼：国民健康保険中央会.*返送用に保存済み/s);
  for (const p of [contractor, kokuho, vendor]) assert.deepEqual(p.errors, []);
  await contractor.context.close();
  await kokuho.context.close();
  await vendor.context.close();
});

test('an answer both sides changed is a conflict, resolved field by field; the merge can be undone', async () => {
  const contractor = await startContractor();
  const c = contractor.page;
  const part = await request(c, 0, '', 'parts-conflict.json');
  // The contractor changes the inspection meanwhile; the part changes it too, and fills the address.
  await answer(c, 'subcontractors[0].inspection', '契約に基づき随時。');
  const theirs = JSON.parse(await readFile(part.file, 'utf8'));
  theirs.subcontractors[0].inspection = '年4回。';
  theirs.subcontractors[0].address = '東京都千代田区一丁目';
  theirs.returned_at = '2024-02-15T09:00:00Z';
  const file = join(out, 'parts-conflict-returned.json');
  await writeFile(file, JSON.stringify(theirs, null, 2));
  await c.reload();
  await c.getByTestId('subcontractor-part-state').first().waitFor();
  await merge(c, file);
  const conflicts = c.locator('[data-testid=part-conflicts] > li');
  assert.equal(await conflicts.count(), 1);
  assert.match(await conflicts.first().textContent(), /立ち入り調査.*契約に基づき随時。.*年4回。/s);
  await axe(c, 'the merge preview with a conflict');
  await c.getByTestId('part-merge').screenshot({ path: join(shots, 'part-merge-conflict-ja.png') });
  await conflicts.first().getByTestId('take-theirs').check();
  await c.waitForFunction(() => /年4回。/.test(document.querySelector('[data-testid=part-merge-rows]')?.textContent ?? ''));
  await c.getByTestId('part-merge-apply').click();
  await c.getByTestId('part-merged').waitFor();
  assert.match(await c.getByTestId('part-merged').textContent(), /スナップショット \d+ として保存しました/);
  await openCard(c, 0);
  assert.equal(await c.locator('#f-subcontractors-0-inspection').inputValue(), '年4回。');
  assert.equal(await c.locator('#f-subcontractors-0-address').inputValue(), '東京都千代田区一丁目');
  await c.getByTestId('part-merge-undo').click();
  await c.waitForFunction(() => document.querySelector('#f-subcontractors-0-inspection')?.value === '契約に基づき随時。');
  assert.notEqual(await c.locator('#f-subcontractors-0-address').inputValue(), '東京都千代田区一丁目');
  // A part of another declaration is refused, in words.
  const other = { ...theirs, declaration: { ...theirs.declaration, id: 'another' } };
  const otherFile = join(out, 'parts-other.json');
  await writeFile(otherFile, JSON.stringify(other));
  await c.locator('#part-merge-file-input').setInputFiles(otherFile);
  await c.locator('#part-merge-file-error').waitFor();
  assert.match(await c.locator('#part-merge-file-error').textContent(), /別の申告書（ID another）/);
  assert.deepEqual(contractor.errors, []);
  await contractor.context.close();
});

test('a part with a long chain below it opens, reads in English and keeps every entry', async () => {
  const fixture = JSON.parse(await readFile(join(fixtures, 'compliant.json'), 'utf8'));
  const { id: _id, parent: _parent, name: _name, ...answers } = fixture.subcontractors[0];
  // 国保中央会 and 40 entries below it, six levels deep at most.
  const subcontractors = [{ ...fixture.subcontractors[0] }];
  for (let n = 1; n <= 40; n++) {
    const parent = n <= 5 ? `sub-${n}` : `sub-${1 + (n % 6)}`;
    subcontractors.push({ ...answers, id: `sub-${n + 1}`, parent, name: `株式会社チェーン${n}` });
  }
  const part = {
    format: 'cloud-subcontract-part',
    schema_version: 1,
    id: '0b7e6a52-1d2c-4a8e-9f00-5e1c2d3b4a59',
    created_at: '2024-02-10T09:00:00Z',
    updated_at: '2024-02-10T09:00:00Z',
    declaration: { id: fixture.id, municipality: fixture.basic.municipality, system_name: fixture.basic.system_name, contractor_name: fixture.entrustment.contractor.name },
    requested_by: { organization: fixture.entrustment.contractor.name, name: '山田太郎' },
    message: 'Please fill in your entry and those below it.',
    root: 'sub-1',
    subcontractors,
  };
  const file = join(out, 'parts-long-chain.json');
  await writeFile(file, JSON.stringify(part, null, 2));
  const started = Date.now();
  const party = await openPart(app.browser, file);
  const p = party.page;
  await p.locator('#subcontractor-40-toggle').waitFor();
  console.log(`# part with 41 entries opened in ${Date.now() - started} ms (drafts page → #/part, first render)`);
  assert.equal(await p.locator('[id^=subcontractor-][id$=-toggle]').count(), 41);
  assert.equal(await p.locator('#subcontractor-0-remove').count(), 0);
  await p.getByRole('button', { name: 'English' }).click();
  await p.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Part to fill in');
  assert.match(await p.getByTestId('part-context').textContent(), /Requested by.*山田太郎/s);
  assert.match(await p.getByTestId('part-errors').textContent(), /^Nothing is missing or wrong\.$|answers are missing or wrong/);
  await axe(p, 'the part form with 41 entries, in English');
  await p.screenshot({ path: join(shots, 'part-form-long-en.png'), fullPage: true });
  // Saved back, every entry is there as it came.
  const back = await save(p, () => p.getByTestId('part-send-back').click(), 'parts-long-chain-returned.json');
  const returned = JSON.parse(await readFile(back.file, 'utf8'));
  assert.deepEqual(returned.subcontractors.map((s) => s.id), subcontractors.map((s) => s.id));
  assert.ok(returned.returned_at);
  assert.match(await p.getByTestId('part-said').textContent(), /back to the requester/);
  assert.deepEqual(party.errors, []);
  await party.context.close();
});
