import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, baseUrl, skipReason, useBrowser } from './browser';

if (skipReason) console.info(`Quiz and handout browser tests skipped: ${skipReason}`);

const TOUR = 'heavy-lifting-to-sciatica';

interface TourForPrint {
  title: string;
  steps: { title: string; narration: string; relations: { evidence: { quote: string; source: { title: string } }[] }[] }[];
}

/** What the handout must print, asked of the API the way any client would. */
async function tourFromApi(id: string): Promise<TourForPrint> {
  const response = await fetch(`${baseUrl}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'query ($id: ID!) { tour(id: $id) { title steps { title narration relations { evidence { quote source { title } } } } } }',
      variables: { id },
    }),
  });
  const { data } = (await response.json()) as { data: { tour: TourForPrint } };
  return data.tour;
}

/** Resolves once the question on screen is the given one of the quiz. */
async function questionShown(page: Page, position: number, total: number) {
  await page.getByTestId('quiz-question').getByText(`Question ${position} of ${total}`, { exact: true }).waitFor();
}

/** Resolves once every step's map has been drawn as a picture (or has failed to be, which the test then catches). */
async function snapshotsReady(page: Page) {
  try {
    await page.waitForSelector('[data-testid="handout"][data-snapshots-ready="true"]', { timeout: 60_000 });
  } catch (error) {
    await page.screenshot({ path: `${ARTIFACTS}/handout-not-ready.png`, fullPage: true });
    throw new Error('the handout did not draw every step’s map within 60 s', { cause: error });
  }
}

/** How many pages a PDF written by Chromium has: one page object each. */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
}

describe.skipIf(Boolean(skipReason))('the teaching quiz and handout in Chromium', () => {
  const openPage = useBrowser();

  it('asks a tour’s questions one at a time, says right or wrong in words, shows the evidence and ends with the score', async () => {
    const { page, errors, close } = await openPage(`/quiz?tour=${TOUR}`);
    await page.getByRole('heading', { name: 'Quiz: From heavy lifting to sciatica' }).waitFor();
    await questionShown(page, 1, 3);
    const card = page.getByTestId('quiz-question');
    const choices = card.getByRole('radiogroup', { name: 'A back muscle has just been strained. Which process do the sources say follows?' });
    await expect(choices.getByRole('radio').count()).resolves.toBe(4);
    await expect(card.getByRole('button', { name: 'Check' }).isDisabled()).resolves.toBe(true);

    // The first answer by keyboard alone: arrows move through the choices, Tab reaches Check.
    await choices.getByRole('radio').first().focus();
    for (let press = 0; press < 4 && (await choices.getByRole('radio', { name: 'Muscle and tendon inflammation', exact: true }).getAttribute('aria-checked')) !== 'true'; press++) {
      await page.keyboard.press('ArrowDown');
    }
    await expect(choices.getByRole('radio', { checked: true }).textContent()).resolves.toContain('Muscle and tendon inflammation');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const feedback = card.getByTestId('quiz-feedback');
    await expect(feedback.locator('.quiz-verdict').textContent()).resolves.toMatch(/^✓ Right! The answer is Muscle and tendon inflammation\.$/);
    await expect(choices.getByRole('radio', { checked: true }).textContent()).resolves.toBe('✓Muscle and tendon inflammationthe answer, your pick');
    await expect(feedback.locator('.relation-sentence').allTextContents()).resolves.toContain('Muscle strain (overstretch or tear) leads to Muscle and tendon inflammation');
    await expect(feedback.locator('blockquote').count()).resolves.toBeGreaterThan(0);
    await expect(feedback.locator('cite').first().textContent()).resolves.toBeTruthy();
    await page.screenshot({ path: `${ARTIFACTS}/quiz-tour-right.png`, fullPage: true });

    await card.getByRole('button', { name: 'Next question' }).click();
    await questionShown(page, 2, 3);
    const names = await page.getByTestId('quiz-question').locator('.choice-name').allTextContents();
    const wrong = names.find((name) => name !== 'Nerve compression')!;
    await page.getByTestId('quiz-question').getByRole('radio', { name: wrong, exact: true }).click();
    await page.getByTestId('quiz-question').getByRole('button', { name: 'Check' }).click();
    const wrongFeedback = page.getByTestId('quiz-feedback');
    await expect(wrongFeedback.locator('.quiz-verdict').textContent()).resolves.toBe(`✗ Not quite. You picked ${wrong}; the answer is Nerve compression.`);
    // Right and wrong are marked with a sign and in words, not by colour alone.
    await expect(page.getByRole('radio', { checked: true }).textContent()).resolves.toBe(`✗${wrong}your pick`);
    await expect(page.getByRole('radio', { name: /^Nerve compression/ }).textContent()).resolves.toBe('✓Nerve compressionthe answer');
    await expect(wrongFeedback.locator('.relation-sentence').allTextContents()).resolves.toContain('Back muscle spasm may lead to Nerve compression');
    await expect(wrongFeedback.locator('blockquote').count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: `${ARTIFACTS}/quiz-tour-wrong.png`, fullPage: true });

    // the tour's case step asks for the condition that best explains its findings
    await page.getByTestId('quiz-question').getByRole('button', { name: 'Next question' }).click();
    await questionShown(page, 3, 3);
    await page.getByTestId('quiz-question').getByRole('radio', { name: /^Herniated disc/ }).click();
    await page.getByTestId('quiz-question').getByRole('button', { name: 'Check' }).click();
    await expect(page.getByTestId('quiz-feedback').locator('.quiz-verdict').textContent()).resolves.toMatch(/^✓ Right! The answer is Herniated disc/);

    await page.getByRole('button', { name: 'See your score' }).click();
    const score = page.getByTestId('quiz-score');
    await expect(score.getByRole('heading').textContent()).resolves.toBe('You scored 2 of 3');
    await expect(score.locator('.quiz-review-mark').allTextContents()).resolves.toEqual(['✓ Right', '✗ Wrong', '✓ Right']);
    await expect(score.getByRole('link', { name: 'Printable handout of this tour' }).getAttribute('href')).resolves.toBe(`/tours/${TOUR}/handout`);
    await page.screenshot({ path: `${ARTIFACTS}/quiz-tour-score.png`, fullPage: true });

    await score.getByRole('button', { name: 'Try again' }).click();
    await questionShown(page, 1, 3);
    await expect(page.getByRole('radio', { checked: true }).count()).resolves.toBe(0);
    await expect(page.getByTestId('quiz-feedback').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('quizzes on a chain a source states, from the names of its two ends, saying which source states it', async () => {
    const { page, errors, close } = await openPage('/quiz?from=heavy%20lifting&to=back%20spasm');
    await page.getByRole('heading', { name: 'Quiz: where Heavy lifting leads' }).waitFor();
    // the chain is two hops, heavy lifting → muscle tension → spasm: one question per hidden concept
    await questionShown(page, 1, 2);
    await expect(page.locator('.quiz-intro').textContent()).resolves.not.toContain('Back muscle spasm');
    const card = page.getByTestId('quiz-question');
    await expect(card.getByRole('heading', { name: 'Heavy lifting causes ?, which leads to Back muscle spasm' }).isVisible()).resolves.toBe(true);
    await card.getByRole('radio', { name: 'Muscle tension and tightness' }).click();
    await card.getByRole('button', { name: 'Check' }).click();
    const feedback = card.getByTestId('quiz-feedback');
    await expect(feedback.locator('.quiz-verdict').textContent()).resolves.toBe('✓ Right! The answer is Muscle tension and tightness.');
    await expect(feedback.locator('blockquote').allTextContents()).resolves.toContain(
      '“Tension in the back muscles due to poor posture or lifting heavy objects improperly can also cause spasms.”',
    );
    await page.screenshot({ path: `${ARTIFACTS}/quiz-chain.png`, fullPage: true });
    expect(errors).toEqual([]);
    await close();
  });

  it('offers a tour or two concepts to be quizzed on when the link names neither', async () => {
    const { page, close } = await openPage('/quiz');
    const chooser = page.getByTestId('quiz-chooser');
    const tour = chooser.getByRole('combobox', { name: 'Tour' });
    await tour.locator(`option[value="${TOUR}"]`).waitFor({ state: 'attached' });
    await page.screenshot({ path: `${ARTIFACTS}/quiz-chooser.png`, fullPage: true });
    await tour.selectOption(TOUR);
    await chooser.getByRole('button', { name: 'Start the tour quiz' }).click();
    await page.waitForURL(new RegExp(`/quiz\\?tour=${TOUR}$`));
    await questionShown(page, 1, 3);

    await page.goto(`${baseUrl}/quiz`);
    const start = page.getByRole('button', { name: 'Start the chain quiz' });
    await expect(start.isDisabled()).resolves.toBe(true);
    await page.getByRole('combobox', { name: 'From (a cause)' }).fill('heavy lifting');
    await page.getByRole('option', { name: /Heavy lifting/ }).first().click();
    await page.getByRole('combobox', { name: 'To (a symptom)' }).fill('sciatica');
    await page.getByRole('option', { name: /^Sciatica/ }).first().click();
    await start.click();
    await page.waitForURL(/\/quiz\?from=heavy-lifting&to=sciatica$/);
    await page.getByRole('heading', { name: 'Quiz: Heavy lifting → Sciatica' }).waitFor();
    await expect(page.getByTestId('quiz').getByRole('status').textContent()).resolves.toMatch(/^The graph links Heavy lifting to Sciatica only by joining separate statements/);
    await expect(page.getByTestId('quiz-question').count()).resolves.toBe(0);
    await close();
  });

  it('says clearly when a tour or a concept does not exist and when no path joins the two ends', async () => {
    const { page, close } = await openPage('/quiz?tour=no-such-tour');
    await expect(page.getByTestId('quiz').getByRole('alert').textContent()).resolves.toBe('No tour has the id “no-such-tour”. Choose one of the guided tours instead.');
    await expect(page.getByRole('link', { name: 'Choose another quiz' }).getAttribute('href')).resolves.toBe('/quiz');
    await page.screenshot({ path: `${ARTIFACTS}/quiz-unknown-tour.png` });

    await page.goto(`${baseUrl}/quiz?from=no-such-concept&to=back-spasm`);
    await expect(page.getByTestId('quiz').getByRole('alert').textContent()).resolves.toContain("from: no concept is called 'no-such-concept'; check the spelling or try another name for it");

    await page.goto(`${baseUrl}/quiz?from=back-spasm&to=heavy-lifting`);
    await expect(page.getByTestId('quiz').getByRole('status').textContent()).resolves.toMatch(
      /^The sources connect Back muscle spasm to Heavy lifting by no causal path/,
    );
    await expect(page.getByTestId('quiz-question').count()).resolves.toBe(0);

    await page.goto(`${baseUrl}/tours/no-such-tour/handout`);
    await expect(page.locator('main').getByRole('alert').textContent()).resolves.toContain('No tour has the id “no-such-tour”.');
    await close();
  });

  it('prints a tour as a handout: every step’s map drawn, its narration, question and citations, as a multi-page PDF', async () => {
    const tour = await tourFromApi(TOUR);
    const { page, errors, close } = await openPage(`/tours/${TOUR}/handout`, { width: 1280, height: 900 });
    await snapshotsReady(page);
    await expect.poll(() => page.title()).toBe(`${tour.title}: handout · Spasm Atlas`);
    const steps = page.getByTestId('handout-step');
    await expect(steps.count()).resolves.toBe(tour.steps.length);

    for (const [index, step] of tour.steps.entries()) {
      const section = steps.nth(index);
      await expect(section.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(`Step ${index + 1} of ${tour.steps.length}: ${step.title}`);
      const picture = section.locator('figure img');
      await expect(picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 100 && img.src.startsWith('data:image/png'))).resolves.toBe(true);
      await expect(picture.getAttribute('alt')).resolves.toMatch(new RegExp(`^Map of step ${index + 1}: `));
      await expect(section.locator('.handout-narration').textContent()).resolves.toBe(step.narration);
      const quotes = await section.locator('blockquote').allTextContents();
      const cited = await section.locator('cite').allTextContents();
      for (const { quote, source } of step.relations.flatMap((relation) => relation.evidence)) {
        expect(quotes).toContain(`“${quote}”`);
        expect(cited).toContain(source.title);
      }
    }
    await expect(steps.nth(1).locator('.handout-question').textContent()).resolves.toContain('Answer: Muscle and tendon inflammation');
    await expect(page.locator('.handout-sources li').count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: `${ARTIFACTS}/handout-screen.png`, fullPage: true });

    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'true');
    });
    await page.getByRole('button', { name: 'Print or save as PDF' }).click();
    await expect(page.locator('body').getAttribute('data-printed')).resolves.toBe('true');

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('navigation', { name: 'Handout' }).isVisible()).resolves.toBe(false);
    await page.screenshot({ path: `${ARTIFACTS}/handout-print-media.png`, fullPage: true });

    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format, printBackground: true });
      writeFileSync(`${ARTIFACTS}/handout-${TOUR}-${format}.pdf`, pdf);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(20_000);
      // Every step after the first starts a page of its own.
      expect(pageCount(pdf)).toBeGreaterThanOrEqual(tour.steps.length);
    }
    expect(errors).toEqual([]);
    await close();
  });
});
