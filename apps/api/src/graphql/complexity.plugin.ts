import type { ApolloServerPlugin } from '@apollo/server';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { AppError } from '../common/errors';
import { RecentlyUsed } from '../common/recently-used';

/** Costs kept per instance: one per document, operation and shape of its variables (the web app sends a few dozen documents). */
export const KEPT_COSTS = 1000;
/** A variables shape longer than this is not kept (its cost is worked out each time). */
const MAX_SHAPE = 4096;
/** Strings up to this length (enum values) are part of the shape by value; longer ones (ids, text) by kind only. */
const SHORT_STRING = 32;

/**
 * Refuses operations whose estimated cost (one per field, lists included) exceeds `max`.
 * The cost is worked out once per document, operation and shape of its variables, then
 * kept: walking the document cost ~0.3 ms on every request (bench:reader's threads).
 */
export function complexityPlugin(max: number): ApolloServerPlugin {
  const costs = new RecentlyUsed<number>(KEPT_COSTS);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, queryHash }) {
          const variables = request.variables ?? {};
          const shape = variablesShape(variables);
          const key = shape === null ? null : `${queryHash}\u0000${request.operationName ?? ''}\u0000${shape}`;
          let complexity = key === null ? undefined : costs.get(key);
          if (complexity === undefined) {
            try {
              complexity = getComplexity({
                schema,
                query: document,
                operationName: request.operationName,
                variables,
                estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
              });
            } catch {
              return; // invalid variables: execution reports them as BAD_USER_INPUT
            }
            if (key !== null) costs.set(key, complexity);
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

/**
 * What of an operation's variables its cost can depend on: a list by its items
 * (so its length), a number or a boolean (`@skip`/`@include`) by value, a short
 * string (an enum value) by value, a longer one (an id, a text) only as a string.
 * A field's `complexity` function may therefore read lists' lengths, numbers,
 * booleans and enum values, never a long string's content. Null when too long to keep.
 */
export function variablesShape(variables: Record<string, unknown>): string | null {
  const shape = shapeOf(variables);
  return shape.length > MAX_SHAPE ? null : shape;
}

function shapeOf(value: unknown): string {
  if (value === null) return 'n';
  if (Array.isArray(value)) return `[${value.map(shapeOf).join(',')}]`;
  switch (typeof value) {
    case 'string':
      return value.length <= SHORT_STRING ? JSON.stringify(value) : 's';
    case 'number':
    case 'boolean':
      return String(value);
    case 'object':
      return `{${Object.entries(value as Record<string, unknown>).map(([name, item]) => `${JSON.stringify(name)}:${shapeOf(item)}`).join(',')}}`;
    default:
      return 'u';
  }
}
