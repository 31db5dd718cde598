import { describe, expect, it } from 'vitest';
import { ARTIFACTS, baseUrl, skipReason, useBrowser } from './browser';

if (skipReason) console.info(`Class poll browser tests skipped: ${skipReason}`);

const PHONE = { width: 390, height: 844 };
const POLL_FIELDS = `code prompt choices { id name } counts { choice { id } votes } total closed answer { id name }`;

type Poll = {
  code: string;
  prompt: string;
  choices: { id: string; name: string }[];
  counts: { choice: { id: string }; votes: number }[];
  total: number;
  closed: boolean;
  answer: { id: string; name: string } | null;
};

/** The presenter's side, through the app's own API as the panel calls it. */
async function api<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${baseUrl}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  expect(body.errors).toBeUndefined();
  return body.data!;
}

describe.skipIf(Boolean(skipReason))('a class poll in Chromium', () => {
  const openPage = useBrowser();

  it('counts the votes two students send from their phones and shows each of them the revealed answer', async () => {
    // Step 1 of the tour asks which process follows a strain; the answer is inflammation.
    const {
      startPoll: { poll, presenterSecret },
    } = await api<{ startPoll: { poll: Poll; presenterSecret: string } }>(
      `mutation Start($tourId: ID!, $step: Int!) { startPoll(tourId: $tourId, step: $step) { presenterSecret poll { ${POLL_FIELDS} } } }`,
      { tourId: 'heavy-lifting-to-sciatica', step: 1 },
    );
    const answer = poll.choices.find((choice) => choice.id === 'inflammation')!;
    const [wrong] = poll.choices.filter((choice) => choice !== answer);
    expect(answer).toBeDefined();
    expect(wrong).toBeDefined();

    const ana = await openPage(`/join/${poll.code}`, PHONE);
    const ben = await openPage(`/join/${poll.code}`, PHONE);
    for (const student of [ana, ben]) await student.page.getByRole('heading', { name: poll.prompt }).waitFor();

    // Ana first picks the wrong answer, then changes her mind: her second vote replaces the first.
    const votes = [
      [ana, wrong!],
      [ana, answer],
      [ben, wrong!],
    ] as const;
    for (const [student, choice] of votes) {
      await student.page.getByRole('button', { name: choice.name, exact: true }).click();
      await student.page.getByTestId('join-status').getByText(`Your answer: ${choice.name} — you can change it until the presenter reveals`).waitFor();
    }
    await expect(ana.page.getByRole('button', { name: answer.name, exact: true }).getAttribute('aria-pressed')).resolves.toBe('true');
    await ana.page.screenshot({ path: `${ARTIFACTS}/poll-student-voted.png` });

    const { poll: counted } = await api<{ poll: Poll }>(`query Poll($code: String!) { poll(code: $code) { ${POLL_FIELDS} } }`, { code: poll.code });
    const counts = Object.fromEntries(counted.counts.map((count) => [count.choice.id, count.votes]));
    expect(counts).toEqual(Object.fromEntries(poll.choices.map((choice) => [choice.id, choice === answer || choice === wrong ? 1 : 0])));
    expect(counted.total).toBe(2);

    await api(`mutation Close($code: String!, $secret: String!) { closePoll(code: $code, presenterSecret: $secret) { closed } }`, { code: poll.code, secret: presenterSecret });
    for (const [student, verdict] of [
      [ana, 'You got it right.'],
      [ben, `You answered ${wrong!.name}.`],
    ] as const) {
      const status = student.page.getByTestId('join-status');
      await status.getByText(`The answer: ${answer.name}`).waitFor();
      await expect(status.textContent()).resolves.toContain(verdict);
      await expect(student.page.getByRole('button', { name: answer.name, exact: true }).isDisabled()).resolves.toBe(true);
    }
    await ben.page.screenshot({ path: `${ARTIFACTS}/poll-student-revealed.png` });

    for (const student of [ana, ben]) {
      expect(student.errors).toEqual([]);
      await student.close();
    }
  });

  it('closes the poll when the presenter reveals the answer with the keyboard, so the student sees it', async () => {
    const presenter = await openPage('/tours/heavy-lifting-to-sciatica/2', { width: 1280, height: 720 });
    await presenter.page.getByRole('button', { name: 'Start class poll' }).click();
    const code = (await presenter.page.getByTestId('poll-code').textContent())!.replace('Join code: ', '').trim();
    const student = await openPage(`/join/${code}`, PHONE);
    const answer = student.page.getByRole('button', { name: 'Muscle and tendon inflammation', exact: true });
    await answer.click();
    await student.page.getByTestId('join-status').getByText('Your answer: Muscle and tendon inflammation', { exact: false }).waitFor();
    await presenter.page.getByText('1 student has voted').waitFor();

    // A clicker sends the same key: "next" on an unrevealed question reveals it.
    await presenter.page.locator('body').press('ArrowRight');
    await presenter.page.getByText('Answer revealed:').waitFor();
    await student.page.getByTestId('join-status').getByText('The answer: Muscle and tendon inflammation').waitFor();
    await expect(student.page.getByTestId('join-status').textContent()).resolves.toContain('You got it right.');
    await presenter.page.screenshot({ path: `${ARTIFACTS}/poll-presenter-revealed.png` });

    for (const { errors, close } of [presenter, student]) {
      expect(errors).toEqual([]);
      await close();
    }
  });

  it('tells a student whose code matches no poll to check the join link or ask the presenter', async () => {
    const { page, errors, close } = await openPage('/join/ZZZZZZ', PHONE);
    const problem = page.getByText('No poll has the code ZZZZZZ: check the join link or ask the presenter', { exact: true });
    await expect(problem.getAttribute('role')).resolves.toBe('alert');
    expect(errors).toEqual([]);
    await close();
  });
});
