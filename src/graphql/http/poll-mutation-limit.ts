import { GraphQLError, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** The mutations that change or create polls: each counts once per request, aliases included. */
const POLL_MUTATIONS = new Set(['startPoll', 'joinPoll', 'vote', 'closePoll']);

/**
 * One poll mutation per operation: 30 aliased startPoll or vote fields would otherwise do 30
 * times the work a rate limit or a cap counts as one request. graphql-armor's alias limit
 * counts aliases of every field together, so this rule counts these fields by name.
 */
export const onePollMutation: ValidationRule = (context) => {
  let count = 0;
  return {
    OperationDefinition: {
      enter(operation) {
        count = 0;
        if (operation.operation !== 'mutation') return false;
        return undefined;
      },
    },
    Field(field) {
      if (context.getParentType() !== context.getSchema().getMutationType() || !POLL_MUTATIONS.has(field.name.value)) return;
      count += 1;
      if (count === 2) {
        context.reportError(
          new GraphQLError('a request may run one poll mutation (startPoll, joinPoll, vote or closePoll); send each in a request of its own', {
            nodes: field,
            extensions: { code: 'BAD_USER_INPUT' },
          }),
        );
      }
    },
  };
};

export function onePollMutationPlugin(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(onePollMutation);
    },
  };
}
