// The contractor's whole journey (issue 30), at 1280 and at 375 px: the source document's own
// chain — 三重県国民健康保険団体連合会 (the contractor) → 国民健康保険中央会 → a system vendor
// running the system on a public cloud — typed from a blank draft with dates and numbers as
// people write them (令和, full-width digits, ＠). The vendor's part is requested, and while it
// is out the contractor moves on (記入依頼中, not errors); the vendor opens it in another
// browser, sees its true place in the chain (the diagram without empty boxes, the examples of
// its own place), fills it in and sends 記入返送_…json back; the contractor merges it, finishes
// and exports. The exported file equals the expected declaration field for field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { root, fixtures, output, appAndBrowser, openPage, settled, saveDownload, openCard } from './support.mjs';
import { answer as answerWith, answerAll as answerAllWith } from './fill.mjs';

const out = join(output, 'exports');
const shots = join(output, 'screenshots');
const app = appAndBrowser(out);
const cli = join(root, 'target/release/declaration-check');

const vendor = {
  name: '株式会社クラウドベンダー',
  address: '東京都港区芝浦一丁目1番1号',
  postal_code: '105-0023',
  reason: '国保中央会が行う保守・運用のうち、パブリッククラウド上のシステム基盤の構築・運用には専門的な知見が必要であり、同クラウドの運用実績を持つ当社に委託するため。',
  work_scope: 'クラウド上のシステム基盤の構築、OS・ミドルウェアの脆弱性対応、稼働監視、バックアップの取得。',
  pi_scope: '暗号化されたデータベース及びバックアップを保管する範囲に限る。データの内容は閲覧しない。',
  capability: 'ISMS認証（ISO/IEC 27001）及びISO/IEC 27017を取得。地方公共団体向けクラウド基盤の運用実績12件。',
  inspection: '当市、委託先又は国保中央会から求めがあった場合、10営業日前までの通知により立ち入り調査を受け入れる。',
  supervision: '国保中央会が作業計画と作業者名簿を事前に承認し、月次の作業報告書と操作ログを点検する。',
  confidentiality: { concluded: true, date: '2024-01-20' },
  safety_measures: 'クラウドの管理画面へのアクセスを多要素認証と接続元の限定で保護し、特権操作を記録して月次で点検する。',
  handler_count: 'under_10',
};

/** The declaration the journey must export: compliant.json's answers for 亀山市, with the
 *  vendor under 国保中央会. */
async function expected() {
  const d = JSON.parse(await readFile(join(fixtures, 'compliant.json'), 'utf8'));
  d.basic.municipality = '亀山市';
  // Left empty by the fixture, not answered here: absent from the file.
  delete d.entrustment.other_information;
  delete d.cloud.basic_policy.notes;
  d.subcontractors.push({ id: 'sub-2', parent: 'sub-1', ...vendor });
  return d;
}

/** How a person writes some answers (the app must store them as `expected` says). */
const asTyped = {
  'basic.declaration_date': '令和6年2月20日',
  'basic.declarant.phone': '０５９－０００－００００',
  'basic.declarant.email': 'yamada＠example.jp',
  'subcontractors[0].postal_code': '１００００１４',
  'subcontractors[0].confidentiality.date': '2024/1/15',
  'subcontractors[1].confidentiality.date': 'R6.1.20',
  'attestation.date': '令和６年２月２０日',
};

/** Answers as a person does: texts typed with the keyboard, some written as people write
 *  them ([`asTyped`]), then Tab. */
const typed = { typed: (path) => asTyped[path] };
const answer = (page, path, value) => answerWith(page, path, value, typed);
const answerAll = (page, obj, prefix, skip = []) => answerAllWith(page, obj, prefix, skip, typed);

async function next(page, expect) {
  await page.locator('form.section-form button[type=submit]').click();
  await settled(page, expect).catch(async () => {
    const errors = await page.locator('.error-summary').textContent().catch(() => '(no summary)');
    throw new Error(`did not reach ${expect}: ${errors}`);
  });
}

const save = (page, click, name) => saveDownload(page, click, out, name);

/** The file without what differs every time (ids of the declaration and the measures, times,
 *  the hash and the generator). */
function comparable(d) {
  const c = structuredClone(d);
  for (const k of ['id', 'created_at', 'updated_at', 'exported_at', 'integrity', 'generator']) delete c[k];
  for (const m of c.measures) delete m.id;
  return c;
}

for (const width of [1280, 375]) {
  test(`the source document's chain typed from a blank draft at ${width} px, the vendor's part filled elsewhere, merged and exported`, async () => {
    const want = await expected();
    const viewport = { width, height: 800 };
    const contractor = await openPage(app.browser, app.server.url + '#/', viewport);
    const c = contractor.page;
    await c.getByTestId('first-visit').waitFor();
    // The first screen says what this is, and counts every section from the start.
    assert.match(await c.getByTestId('first-visit').textContent(), /この端末のブラウザの中だけに保存され/);
    assert.equal(await c.getByTestId('progress').textContent(), '7項目中0項目が完了しています。（対象外0項目・未定4項目）');
    assert.equal(await c.getByTestId('draft-name').isVisible(), false, 'no phantom draft before anything is typed');
    await c.screenshot({ path: join(shots, `journey-first-screen-${width}.png`), fullPage: true });
    await c.getByTestId('intro-new').click();
    await settled(c, '基本情報');
    await answerAll(c, want.basic, 'basic');
    await next(c, '委託の概要');
    await answerAll(c, want.entrustment, 'entrustment');
    await next(c, '再委託先');

    // 国保中央会, typed; the vendor added under it, named; its part requested.
    await c.getByRole('button', { name: '再委託先を追加', exact: true }).click();
    await answerAll(c, want.subcontractors[0], 'subcontractors[0]', ['subcontractors[0].id', 'subcontractors[0].parent']);
    await openCard(c, 0);
    await c.locator('#subcontractor-0-add-child').click();
    await answer(c, 'subcontractors[1].name', vendor.name);
    await c.locator('#part-request-1-open').click();
    await c.locator('#part-request-1-message').fill('貴社の欄をご記入のうえ、返送してください。');
    const request = await save(c, () => c.locator('#subcontractor-1-answers [data-testid=part-request-save]').click(), `journey-${width}-request.json`);
    assert.match(request.suggested, /^記入依頼_株式会社クラウドベンダー_\d{4}-\d{2}-\d{2}\.json$/);
    const next1 = await c.getByTestId('part-request-next').textContent();
    assert.match(next1, /下書き一覧/);
    assert.match(next1, /記入返送_/);
    const sent = JSON.parse(await readFile(request.file, 'utf8'));
    assert.deepEqual(sent.above, [{ id: 'sub-1', name: '国民健康保険中央会' }]);
    assert.match(sent.message, /^貴社の欄をご記入のうえ、返送してください。\n\n【記入のしかた】.*下書き一覧/s);
    // Waiting for the vendor does not block: continue moves on, and the review page lists
    // the part as awaited, not its answers as errors.
    await next(c, 'クラウドサービス');
    await c.goto(app.server.url + '#/review');
    await c.getByTestId('awaited').waitFor();
    assert.equal(await c.getByTestId('review-overall').getAttribute('data-status'), 'incomplete');
    assert.match(await c.getByTestId('awaited').textContent(), /株式会社クラウドベンダー.*記入依頼中/);
    assert.ok(!/再委託先2の/.test(await c.getByTestId('remaining').textContent()), 'the awaited entry\'s answers are not listed as errors');
    await c.goto(app.server.url + '#/cloud');
    await settled(c, 'クラウドサービス');

    // The vendor, in a browser of its own.
    const v = (await openPage(app.browser, app.server.url + '#/drafts', viewport));
    const vp = v.page;
    await vp.locator('#file-open-input').setInputFiles(request.file);
    await vp.waitForURL(/#\/part$/);
    await vp.getByTestId('part-chain').waitFor();
    assert.deepEqual(
      await vp.locator('[data-testid=part-chain] li').allTextContents(),
      ['亀山市', want.entrustment.contractor.name, '国民健康保険中央会', '株式会社クラウドベンダー（貴社・この記入依頼）'],
    );
    await openCard(vp, 1);
    assert.match(await vp.getByTestId('part-parent').textContent(), /国民健康保険中央会/);
    assert.match(await vp.locator('#subcontractor-1-title').textContent(), /第2階層/, 'below 国保中央会, not under the contractor');
    const diagram = await vp.getByTestId('diagram').innerHTML();
    assert.ok(!diagram.includes('委託内容：（未入力）'), 'the diagram draws the chain above without empty boxes');
    assert.ok(diagram.includes('国民健康保険中央会'));
    // The examples speak to its place: not the 国保中央会's text.
    const example = await vp.locator('#f-subcontractors-1-reason-example .example__text').textContent();
    assert.ok(!/国保中央会が保守/.test(example) && /クラウド/.test(example), example);
    const { name, ...rest } = vendor;
    await answerAll(vp, rest, 'subcontractors[1]');
    await vp.waitForFunction(() => /記入漏れ・誤りはありません/.test(document.querySelector('[data-testid=part-errors]')?.textContent ?? ''));
    // Its own S5–S7, beside the answers that decide them: S7 after the NDA date.
    const s7 = vp.locator('#subcontractor-1-answers [data-condition=S7][data-entry="1"]');
    assert.equal(await s7.getAttribute('data-status'), 'met');
    assert.match(await s7.textContent(), /秘密保持契約を締結済みです（2024-01-20）/);
    await vp.screenshot({ path: join(shots, `journey-part-${width}.png`), fullPage: true });
    const back = await save(vp, () => vp.getByTestId('part-send-back').click(), `journey-${width}-returned.json`);
    assert.match(back.suggested, /^記入返送_株式会社クラウドベンダー_\d{4}-\d{2}-\d{2}\.json$/);
    assert.match(await vp.getByTestId('part-said').textContent(), /返送してください/);

    // The contractor: the task list says a part is out; the file back is taken in at the
    // top of the 再委託先 page; then the rest.
    await c.goto(app.server.url + '#/');
    await settled(c, '申告書を作成する');
    assert.equal(await c.getByTestId('task-awaiting').textContent(), '記入依頼中 1件');
    await c.goto(app.server.url + '#/subcontractors');
    await settled(c, '再委託先');
    const mergeFirst = await c.evaluate(() => {
      const merge = document.querySelector('[data-testid=part-merge]');
      const list = document.querySelector('.entry-list__entries');
      return Boolean(merge && list && (merge.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING));
    });
    assert.ok(mergeFirst, 'while a part is out, taking it in comes first on the page');
    await c.locator('#part-merge-file-input').setInputFiles(back.file);
    await c.getByTestId('part-merge-preview').waitFor();
    await c.getByTestId('part-merge-apply').click();
    await c.getByTestId('part-merged').waitFor();
    await c.screenshot({ path: join(shots, `journey-subcontractors-${width}.png`), fullPage: true });
    if (width === 375) {
      // The 履行体制図 at 375 px: the indented list, every entry, its 委託元, its supervision.
      const narrow = c.getByTestId('diagram-narrow');
      assert.ok(await narrow.isVisible(), 'the list shows below the drawing\'s width');
      const text = await narrow.textContent();
      for (const w of ['国民健康保険中央会', '株式会社クラウドベンダー', '委託元(監督する者)：国民健康保険中央会', vendor.supervision.replace(/。$/, '')]) {
        assert.ok(text.includes(w), `the list names ${w}`);
      }
      await c.getByTestId('diagram').screenshot({ path: join(shots, 'journey-diagram-375.png') });
    }
    await next(c, 'クラウドサービス');
    await answerAll(c, want.cloud, 'cloud', ['cloud.data_location.regions']);
    for (const [i, r] of want.cloud.data_location.regions.entries()) {
      await c.getByRole('button', { name: '保管場所を追加' }).click();
      await answerAll(c, r, `cloud.data_location.regions[${i}]`);
    }
    await next(c, '責任共有モデル');
    await answerAll(c, want.responsibility.model_document, 'responsibility.model_document');
    await answer(c, 'responsibility.understood', want.responsibility.understood);
    for (const row of want.responsibility.matrix) {
      await c.locator(`input[type=radio][name="f-responsibility-matrix-${row.layer}"][value="${row.owner}"]`).check();
    }
    await next(c, 'セキュリティ対策');
    for (const [i, m] of want.measures.entries()) {
      await c.getByLabel('追加する対策の分類').selectOption(m.category);
      await c.getByRole('button', { name: '対策を追加', exact: true }).click();
      await answerAll(c, m, `measures[${i}]`, [`measures[${i}].id`, `measures[${i}].category`]);
    }
    await next(c, '確認・誓約');
    await answerAll(c, want.attestation, 'attestation');
    await c.locator('form.section-form button[type=submit]').click();
    await c.waitForURL(/#\/review$/);
    const done = await save(c, () => c.getByRole('button', { name: '申告書ファイル（JSON）を保存' }).click(), `journey-${width}.json`);
    const exported = JSON.parse(await readFile(done.file, 'utf8'));
    assert.deepEqual(comparable(exported), comparable(want), 'the file equals the declaration typed, field for field');
    const report = JSON.parse(execFileSync(cli, [done.file], { encoding: 'utf8' }));
    assert.equal(report.complete, true);
    assert.ok(Object.values(report.conditions).every((s) => s === 'met'), JSON.stringify(report.conditions));

    // The printed 書面.
    await c.goto(app.server.url + '#/print');
    await c.locator('.document').first().waitFor();
    await c.screenshot({ path: join(shots, `journey-print-${width}.png`), fullPage: true });
    if (width === 1280) {
      await c.emulateMedia({ media: 'print' });
      await c.pdf({ path: join(out, 'journey-print.pdf'), format: 'A4', printBackground: true });
      await c.emulateMedia({ media: 'screen' });
    }
    for (const p of [contractor, v]) assert.deepEqual(p.errors, []);
    await contractor.context.close();
    await v.context.close();
  });
}
