import type { ExecutionArgs, ExecutionResult } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

/**
 * Bounds on running a query that the static cost cannot see: how long it may take and how
 * large its answer may be. Together with the cost limit they keep one query from holding the
 * event loop or the heap while a class is using the app.
 */
export const EXECUTION_LIMITS = {
  /** Milliseconds a query or mutation may run before its resolution is aborted. */
  timeBudgetMs: 5_000,
  /** Bytes of JSON one answer may hold; the largest page the app asks for is about 100 kB. */
  maxResponseBytes: 2_000_000,
} as const;

type ExecuteFn = (args: ExecutionArgs & { signal?: AbortSignal }) => unknown;

/**
 * Runs each query and mutation with an AbortSignal that fires when the time budget is spent or
 * the client leaves: yoga's executor checks it between fields and stops resolving. Subscriptions
 * are long-lived by design and are left alone.
 *
 * One controller, aborted by the timer or by the request's own signal, and the listener removed
 * when the execution ends. Not Node 20's AbortSignal.any: a combined signal that has an abort
 * listener (the executor adds one) is never collected (nodejs/node#55328), and it holds the
 * whole execution, about 20 kB per query, so the heap grew without bound under load.
 */
export function useExecutionGuards(limits: { timeBudgetMs: number; maxResponseBytes: number } = EXECUTION_LIMITS): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      const execute = executeFn as ExecuteFn;
      setExecuteFn(async (args: ExecutionArgs) => {
        const stop = new AbortController();
        let overTime = false;
        const timer = setTimeout(() => {
          overTime = true;
          stop.abort();
        }, limits.timeBudgetMs);
        const request = (args.contextValue as { request?: Request } | undefined)?.request;
        const clientLeft = () => stop.abort(request?.signal.reason);
        if (request?.signal.aborted) clientLeft();
        else request?.signal.addEventListener('abort', clientLeft, { once: true });
        try {
          const result = (await execute({ ...args, signal: stop.signal })) as ExecutionResult;
          if (overTime) return { errors: [overBudget(limits.timeBudgetMs)] };
          return limitSize(result, limits.maxResponseBytes);
        } catch (error) {
          if (overTime) return { errors: [overBudget(limits.timeBudgetMs)] };
          throw error;
        } finally {
          clearTimeout(timer);
          request?.signal.removeEventListener('abort', clientLeft);
        }
      });
    },
  };
}

function overBudget(ms: number) {
  return createGraphQLError(`The query ran longer than the ${ms / 1000} s budget and was stopped: select fewer nested lists or fewer items.`, {
    extensions: { code: 'QUERY_TIME_BUDGET_EXCEEDED' },
  });
}

/** An answer with the JSON yoga will send, so it is serialised once (yoga uses `stringify` when there is one). */
export type SerialisedResult = ExecutionResult & { stringify: () => string };

/**
 * The answer, serialised once for both the cap and the response, or an error instead of it
 * when its JSON would exceed the cap.
 */
function limitSize(result: ExecutionResult, maxBytes: number): ExecutionResult {
  if (!result.data) return result;
  const body = JSON.stringify(result);
  // errors are masked after this point, so only an answer without errors keeps its serialisation
  const serialised: SerialisedResult = { ...result, stringify: () => body };
  if (fitsIn(body, maxBytes)) return result.errors?.length ? result : serialised;
  return {
    errors: [
      createGraphQLError(`The answer would be ${(Buffer.byteLength(body) / 1e6).toFixed(1)} MB; the limit is ${maxBytes / 1e6} MB: select fewer fields or ask for fewer items.`, {
        extensions: { code: 'RESPONSE_TOO_LARGE' },
      }),
    ],
  };
}

/** Whether JSON fits in `maxBytes` of UTF-8. */
export function fitsIn(json: string, maxBytes: number): boolean {
  // UTF-8 takes at most 3 bytes per UTF-16 unit, so only an answer near the cap is counted (0.1 ms for 36 kB)
  return json.length * 3 <= maxBytes || Buffer.byteLength(json) <= maxBytes;
}
