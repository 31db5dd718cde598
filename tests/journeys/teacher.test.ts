import { describe, expect, it } from 'vitest';
import { skipReason, useBrowser } from '../browser/browser';
import { expectOnScreen } from './person';

const PROJECTOR = { width: 1280, height: 720 };
const PHONE = { width: 390, height: 844 };

describe.skipIf(skipReason)('a teacher at a 1280×720 projector', () => {
  const openPage = useBrowser();

  it('finds a tour from the home page, presents it with a class poll, mixes clicker keys and mouse, then prints the handout and quizzes', async () => {
    const teacher = await openPage('/', PROJECTOR);
    const { page } = teacher;
    // by keyboard to the site navigation's tours
    for (let presses = 0; presses < 12; presses++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Guided tours') break;
    }
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tours$/);
    const tour = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'From heavy lifting to sciatica' }) });
    await tour.getByRole('link', { name: 'Present' }).click();

    const counter = page.getByTestId('step-counter');
    await expectOnScreen(counter);
    await page.getByRole('button', { name: 'Next →' }).click();
    await expect.poll(() => counter.textContent()).toBe('Step 2 of 7');
    const prompt = (await page.locator('.presenter-question h2').textContent())!.replace(/^Predict: /, '');
    await expect(page.getByText(prompt, { exact: false }).count()).resolves.toBe(1);
    await expectOnScreen(page.getByRole('button', { name: 'Start class poll' }));
    await page.getByRole('button', { name: 'Start class poll' }).click();
    await expectOnScreen(page.getByTestId('poll-code'));
    const joinLink = page.locator('.poll-join a');
    await expectOnScreen(joinLink);

    const student = await openPage(new URL((await joinLink.getAttribute('href'))!).pathname, PHONE);
    const choices = student.page.getByRole('group', { name: 'Your answer' }).getByRole('button');
    await choices.first().click();
    await expectOnScreen(student.page.getByText(/^Your answer: /));
    await expectOnScreen(page.getByText('1 student has voted'));

    // the mouse reveals, the clicker's keys go on from the button it left focused
    await page.locator('.poll-panel').getByRole('button', { name: 'Reveal answer' }).click();
    await expectOnScreen(page.locator('.presenter-answer'));
    await expectOnScreen(student.page.getByText(/^The answer:/));
    await page.getByRole('button', { name: 'Next →' }).click();
    await expect.poll(() => counter.textContent()).toBe('Step 3 of 7');
    await page.keyboard.press('PageDown');
    await expect.poll(() => counter.textContent()).toBe('Step 4 of 7');
    await page.getByRole('button', { name: '← Back' }).click();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => counter.textContent()).toBe('Step 4 of 7');
    await page.keyboard.press('End');
    await expect.poll(() => counter.textContent()).toBe('Step 7 of 7');
    await page.keyboard.press('Home');
    await expect.poll(() => counter.textContent()).toBe('Step 1 of 7');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => counter.textContent()).toBe('Step 1 of 7');

    await page.getByRole('link', { name: 'Handout' }).click();
    await page.getByTestId('handout').waitFor({ timeout: 60_000 });
    await expect(page.locator('.evidence-badge').count()).resolves.toBeGreaterThan(0);
    await expectOnScreen(page.getByRole('navigation', { name: 'Site' }));

    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Quiz' }).click();
    await page.getByRole('link', { name: 'herniated disc and sciatica' }).click();
    const question = page.locator('.quiz-prompt').first();
    await expectOnScreen(question);
    await page.getByRole('radio').first().click();
    await page.getByRole('button', { name: 'Check' }).click();
    const feedback = page.getByTestId('quiz-feedback');
    await expectOnScreen(feedback.locator('.quiz-verdict'));
    await expect(feedback.locator('.evidence-badge').count()).resolves.toBeGreaterThan(0);
    await student.close();
    await teacher.close();
  });
});
