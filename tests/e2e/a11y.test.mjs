// axe-core (WCAG 2.2 A/AA rules) on every page of the app, in Japanese, with the cloud and
// re-subcontracting sections open, with a 記入例 open, and after a failed continue; and screenshots of every
// page at 1280 px and 375 px into tests/output/screenshots/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serve, launch, openPage, fixtures, output, axe, appAndBrowser } from './support.mjs';
import { answer } from './fill.mjs';

const shots = join(output, 'screenshots');
const app = appAndBrowser(shots);


const pages = ['', 'basic', 'entrustment', 'subcontractors', 'cloud', 'responsibility', 'measures', 'attestation', 'review', 'print', 'changes', 'drafts', 'read', 'inbox', 'questions', 'part', 'glossary'];

for (const width of [1280, 375]) {
  test(`every page has no axe violations and is photographed at ${width} px`, async () => {
    const { context, page } = await openPage(app.browser, app.server.url + '#/entrustment', { width, height: 900 });
    await answer(page, 'entrustment.resubcontract', true);
    await answer(page, 'entrustment.uses_cloud', true);
    await page.goto(app.server.url + '#/subcontractors');
    await page.getByRole('button', { name: '再委託先を追加', exact: true }).click();
    await page.goto(app.server.url + '#/cloud');
    await answer(page, 'cloud.service_model', 'iaas');
    await page.getByRole('button', { name: '保管場所を追加' }).click();
    await page.goto(app.server.url + '#/measures');
    await page.getByLabel('追加する対策の分類').selectOption('network');
    await page.getByRole('button', { name: '対策を追加', exact: true }).click();
    for (const p of pages) {
      await page.goto(app.server.url + '#/' + p);
      await page.locator('main h1').waitFor();
      await axe(page, p || 'overview');
      await page.screenshot({ path: join(shots, `${p || 'overview'}-ja-${width}.png`), fullPage: true });
      if (p === 'measures') {
        // An opened 記入例 (in the measure, opened with 変更).
        await page.locator('#measure-0-toggle').click();
        const details = page.locator('details.example').first();
        await details.locator('summary').click();
        await axe(page, 'measures with an example open');
        await page.screenshot({ path: join(shots, `measures-example-ja-${width}.png`), fullPage: true });
      }
      if (p && !['review', 'print', 'changes', 'drafts', 'read', 'inbox', 'questions', 'part', 'glossary'].includes(p)) {
        await page.locator('form.section-form button[type=submit]').click();
        await page.locator('.error-summary').waitFor();
        await axe(page, `${p} with errors`);
        if (p === 'basic') await page.screenshot({ path: join(shots, `basic-errors-ja-${width}.png`), fullPage: true });
      }
    }
    await context.close();
  });
}
