import type { ApolloServerPlugin } from '@apollo/server';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { AppError } from '../common/errors';

/** Refuses operations whose estimated cost (one per field, lists included) exceeds `max`. */
export function complexityPlugin(max: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              query: document,
              operationName: request.operationName,
              variables: request.variables ?? {},
              estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch {
            return; // invalid variables: execution reports them as BAD_USER_INPUT
          }
          if (complexity > max) {
            throw new AppError('QUERY_TOO_COMPLEX', `This query is too complex (${complexity}; the limit is ${max}). Ask for fewer fields.`, {
              http: { status: 400 },
            });
          }
        },
      };
    },
  };
}
