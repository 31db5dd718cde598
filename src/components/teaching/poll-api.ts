import { API_PATH, requestGraphQL } from '../explorer/graph-api';

/** A poll as the presenter's panel and the students' page show it. */
export interface PollView {
  code: string;
  tourId: string;
  step: number;
  prompt: string;
  choices: PollChoice[];
  counts: { choice: { id: string }; votes: number }[];
  total: number;
  closed: boolean;
  answer: PollChoice | null;
}

export interface PollChoice {
  id: string;
  name: string;
}

const POLL_FIELDS = `code tourId step prompt choices { id name } counts { choice { id } votes } total closed answer { id name }`;

const START_POLL = `mutation StartPoll($tourId: ID!, $step: Int!) { startPoll(tourId: $tourId, step: $step) { presenterSecret poll { ${POLL_FIELDS} } } }`;
const JOIN_POLL = `mutation JoinPoll($code: String!) { joinPoll(code: $code) { voterToken } }`;
const VOTE = `mutation Vote($code: String!, $voter: String!, $choice: ID!) { vote(code: $code, voter: $voter, choice: $choice) { ${POLL_FIELDS} } }`;
const CLOSE_POLL = `mutation ClosePoll($code: String!, $presenterSecret: String!) { closePoll(code: $code, presenterSecret: $presenterSecret) { ${POLL_FIELDS} } }`;
const POLL_UPDATED = `subscription PollUpdated($code: String!) { pollUpdated(code: $code) { ${POLL_FIELDS} } }`;

/** A poll just opened, with the secret only its presenter holds: closing it requires the secret. */
export interface StartedPoll {
  poll: PollView;
  presenterSecret: string;
}

export function startPoll(tourId: string, step: number): Promise<StartedPoll> {
  return requestGraphQL<{ startPoll: StartedPoll }>(START_POLL, { tourId, step }).then((data) => data.startPoll);
}

/** The server-issued identity a student votes with in one poll. */
export function joinPoll(code: string): Promise<string> {
  return requestGraphQL<{ joinPoll: { voterToken: string } }>(JOIN_POLL, { code }).then((data) => data.joinPoll.voterToken);
}

export function vote(code: string, voterToken: string, choice: string): Promise<PollView> {
  return requestGraphQL<{ vote: PollView }>(VOTE, { code, voter: voterToken, choice }).then((data) => data.vote);
}

export function closePoll(code: string, presenterSecret: string): Promise<PollView> {
  return requestGraphQL<{ closePoll: PollView }>(CLOSE_POLL, { code, presenterSecret }).then((data) => data.closePoll);
}

export interface PollListener {
  /** The poll's state: first as it is now, then after every change. */
  poll(poll: PollView): void;
  /** The poll is closed or has expired: no more changes will come. */
  end(): void;
  /** A message fit to show: an unknown code, or the server out of reach. */
  error(message: string): void;
}

/**
 * Follows a poll over server-sent events, with the subscription in the URL as yoga accepts
 * it from an EventSource. Returns the function that stops following.
 */
export function watchPoll(code: string, listener: PollListener): () => void {
  const params = new URLSearchParams({ query: POLL_UPDATED, variables: JSON.stringify({ code }) });
  const source = new EventSource(`${API_PATH}?${params.toString()}`);
  source.addEventListener('next', (event) => {
    const result = JSON.parse((event as MessageEvent<string>).data) as { data?: { pollUpdated: PollView } | null; errors?: { message: string }[] };
    if (result.errors?.length) listener.error(result.errors.map((e) => e.message).join(' · '));
    else if (result.data) listener.poll(result.data.pollUpdated);
  });
  // Closed here, or the browser would reconnect when the server ends the stream and start over.
  source.addEventListener('complete', () => {
    source.close();
    listener.end();
  });
  // A dropped connection is retried by the browser, and the first event brings the poll up to date;
  // only a refused one is worth a message.
  source.addEventListener('error', () => {
    if (source.readyState === EventSource.CLOSED) listener.error('The live poll could not be reached. Check your connection and reload the page.');
  });
  return () => source.close();
}
