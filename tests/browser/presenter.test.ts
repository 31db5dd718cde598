import { describe, expect, it } from 'vitest';
import { ARTIFACTS, mapState, skipReason, useBrowser } from './browser';

const TOUR = 'heavy-lifting-to-sciatica';

describe.skipIf(Boolean(skipReason))('presenting a tour', () => {
  const openPage = useBrowser();

  it('walks the whole tour by keyboard and clicker keys, each step at its own URL', async () => {
    const { page, errors, close } = await openPage(`/tours/${TOUR}`);
    await page.waitForURL(new RegExp(`/tours/${TOUR}/1$`));
    const counter = page.getByTestId('step-counter');
    await expect.poll(() => counter.textContent()).toMatch(/^Step 1 of (\d+)$/);
    const total = Number((await counter.textContent())!.match(/of (\d+)/)![1]);
    const seen: string[] = [];
    for (let step = 1; step <= total; step++) {
      await expect.poll(() => counter.textContent()).toBe(`Step ${step} of ${total}`);
      expect(new URL(page.url()).pathname).toBe(`/tours/${TOUR}/${step}`);
      seen.push((await page.locator('#step-title').textContent())!);
      await expect.poll(async () => (await mapState(page)).nodes.length).toBeGreaterThan(0);
      if (await page.getByRole('heading', { name: /^Predict:/ }).count()) {
        await page.keyboard.press('Space');
        await page.getByText(/^Answer:/).waitFor();
        await page.screenshot({ path: `${ARTIFACTS}/presenter-reveal-${step}.png` });
      }
      await page.keyboard.press(step % 2 ? 'ArrowRight' : 'PageDown');
    }
    expect(new Set(seen).size).toBe(total);
    await page.keyboard.press('PageUp');
    await expect.poll(() => counter.textContent()).toBe(`Step ${total - 1} of ${total}`);
    await page.keyboard.press('Home');
    await expect.poll(() => counter.textContent()).toBe(`Step 1 of ${total}`);
    await page.goBack();
    await expect.poll(() => counter.textContent()).toBe(`Step ${total - 1} of ${total}`);
    expect(errors).toEqual([]);
    await close();
  });

  it('opens straight at a step from its URL and reveals a question’s answer on the map', async () => {
    const { page, close } = await openPage(`/tours/${TOUR}/2`);
    await expect.poll(() => page.getByTestId('step-counter').textContent()).toMatch(/^Step 2 of/);
    await page.getByRole('heading', { name: /^Predict:/ }).waitFor();
    await expect.poll(async () => (await mapState(page)).nodes.length).toBeGreaterThan(0);
    const before = await mapState(page);
    await page.getByRole('button', { name: 'Reveal answer' }).click();
    await expect.poll(async () => (await mapState(page)).nodes.length).toBe(before.nodes.length + 1);
    const after = await mapState(page);
    const added = after.nodes.find((id) => !before.nodes.includes(id))!;
    expect(after.highlighted).toContain(added);
    await expect(page.getByText(/^Answer:/).textContent()).resolves.toBeTruthy();
    await page.screenshot({ path: `${ARTIFACTS}/presenter-step-2.png` });
    await close();
  });

  it('runs a class poll: students vote on their own devices and the presenter sees the counts, then reveals', async () => {
    const presenter = await openPage(`/tours/${TOUR}/2`);
    await presenter.page.getByRole('button', { name: 'Start class poll' }).click();
    const code = (await presenter.page.getByTestId('poll-code').textContent())!.replace(/^Join code: /, '').trim();
    expect(code).toMatch(/^[2-9A-Z]{6}$/);
    const choices = await presenter.page.locator('.presenter-choices li').allTextContents();
    const students = [await openPage(`/join/${code}`, { width: 390, height: 800 }), await openPage(`/join/${code}`, { width: 390, height: 800 })];
    for (const [index, student] of students.entries()) {
      await student.page.getByRole('button', { name: choices[index]!, exact: true }).click();
      await student.page.getByText(new RegExp(`^Your answer: ${choices[index]}`)).waitFor();
    }
    await presenter.page.getByText('2 students have voted').waitFor();
    const counts = await presenter.page.getByRole('list', { name: 'Votes per choice' }).locator('.poll-votes').allTextContents();
    expect(counts.filter((text) => text === '1 vote')).toHaveLength(2);
    await presenter.page.screenshot({ path: `${ARTIFACTS}/presenter-poll.png` });
    const before = (await mapState(presenter.page)).nodes.length;
    await presenter.page.locator('.poll-panel').getByRole('button', { name: 'Reveal answer' }).click();
    await expect.poll(async () => (await mapState(presenter.page)).nodes.length).toBe(before + 1);
    const answer = (await presenter.page.locator('.presenter-answer strong').textContent())!;
    for (const student of students) await student.page.getByText(new RegExp(`The answer: ${answer}`)).waitFor();
    for (const page of [presenter, ...students]) await page.close();
  });

  it('says so when the tour or the step does not exist', async () => {
    const missing = await openPage('/tours/no-such-tour/1');
    await missing.page.getByText('No tour has the id “no-such-tour”.').waitFor();
    await missing.close();
    const beyond = await openPage(`/tours/${TOUR}/99`);
    await beyond.page.getByText(/there is no step 99/).waitFor();
    await beyond.close();
  });

  it('lists the tours with links to present, quiz and print', async () => {
    const { page, close } = await openPage('/tours');
    await expect(page.getByRole('link', { name: 'Present' }).count()).resolves.toBeGreaterThanOrEqual(4);
    await expect(page.getByRole('link', { name: 'Handout' }).first().getAttribute('href')).resolves.toMatch(/^\/tours\/[a-z-]+\/handout$/);
    await close();
  });
});
