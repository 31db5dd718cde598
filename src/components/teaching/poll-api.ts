import { onEnd, pipe, subscribe } from 'wonka';
import { PollFragment, type PollView } from '../../client/fragments';
import { graphql, type ResultOf } from '../../client/graphql';
import { apiErrorFrom } from '../../client/api-error';
import { apiClient } from '../../client/client';
import { mutateApi } from '../../client/request-api';

export type { PollView };
export type PollChoice = PollView['choices'][number];

const START_POLL = graphql(
  `
    mutation StartPoll($tourId: ID!, $step: Int!) {
      startPoll(tourId: $tourId, step: $step) {
        presenterSecret
        poll {
          ...PollView
        }
      }
    }
  `,
  [PollFragment],
);

const JOIN_POLL = graphql(`
  mutation JoinPoll($code: String!) {
    joinPoll(code: $code) {
      voterToken
    }
  }
`);

const VOTE = graphql(
  `
    mutation Vote($code: String!, $voter: String!, $choice: ID!) {
      vote(code: $code, voter: $voter, choice: $choice) {
        ...PollView
      }
    }
  `,
  [PollFragment],
);

const CLOSE_POLL = graphql(
  `
    mutation ClosePoll($code: String!, $presenterSecret: String!) {
      closePoll(code: $code, presenterSecret: $presenterSecret) {
        ...PollView
      }
    }
  `,
  [PollFragment],
);

const POLL_UPDATED = graphql(
  `
    subscription PollUpdated($code: String!) {
      pollUpdated(code: $code) {
        ...PollView
      }
    }
  `,
  [PollFragment],
);

/** A poll just opened, with the secret only its presenter holds: closing it requires the secret. */
export type StartedPoll = ResultOf<typeof START_POLL>['startPoll'];

export async function startPoll(tourId: string, step: number): Promise<StartedPoll> {
  return (await mutateApi(START_POLL, { tourId, step })).startPoll;
}

/** The server-issued identity a student votes with in one poll. */
export async function joinPoll(code: string): Promise<string> {
  return (await mutateApi(JOIN_POLL, { code })).joinPoll.voterToken;
}

export async function vote(code: string, voterToken: string, choice: string): Promise<PollView> {
  return (await mutateApi(VOTE, { code, voter: voterToken, choice })).vote;
}

export async function closePoll(code: string, presenterSecret: string): Promise<PollView> {
  return (await mutateApi(CLOSE_POLL, { code, presenterSecret })).closePoll;
}

export interface PollListener {
  /** The poll's state: first as it is now, then after every change. */
  poll(poll: PollView): void;
  /** The poll is closed or has expired: no more changes will come. */
  end(): void;
  /** A message fit to show: an unknown code, or the server out of reach. */
  error(message: string): void;
}

/** Follows a poll through the app's client (server-sent events). Returns the function that stops following. */
export function watchPoll(code: string, listener: PollListener): () => void {
  let unreachable = false;
  let stopped = false;
  const { unsubscribe } = pipe(
    apiClient().subscription(POLL_UPDATED, { code }),
    // the stream ends after the closing event or when the poll expires; a connection given up on ends it too, and says so itself
    onEnd(() => stopped || unreachable || listener.end()),
    subscribe((result) => {
      if (result.error?.networkError) {
        unreachable = true;
        listener.error('The live poll could not be reached. Check your connection and reload the page.');
      } else if (result.error) listener.error(apiErrorFrom(result.error).message);
      else if (result.data) listener.poll(result.data.pollUpdated);
    }),
  );
  return () => {
    stopped = true;
    unsubscribe();
  };
}
