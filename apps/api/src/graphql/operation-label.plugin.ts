import type { ApolloServerPlugin } from '@apollo/server';
import type { Response } from 'express';
import type { GraphqlOperationLabel } from '../health/metrics';

/** Tells the HTTP metrics which operation a GraphQL request ran (its name and type), once Apollo has resolved it. */
export function operationLabelPlugin(): ApolloServerPlugin<{ res?: Response }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, operationName }) {
          const label: GraphqlOperationLabel = { name: operationName ?? null, type: operation?.operation ?? 'invalid' };
          if (contextValue.res) contextValue.res.locals.graphqlOperation = label;
        },
      };
    },
  };
}
