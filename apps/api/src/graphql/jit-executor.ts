import type { GatewayExecutor, GatewayInterface, GatewaySchemaLoadOrUpdateCallback } from '@apollo/server-gateway-interface';
import { execute, getVariableValues, GraphQLError, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { RecentlyUsed } from '../common/recently-used';
import { leavePlainFieldsToDefault } from './plain-fields';

/** How many compiled operations one instance keeps (the web app sends a few dozen distinct ones). */
export const COMPILED_OPERATIONS = 500;

/**
 * Runs GraphQL operations compiled to plain functions (graphql-jit) instead of
 * graphql-js's field-by-field interpreter: the reader's answer has ~30,000
 * fields, and interpreting them (an info object, an argument check and a path
 * per field) cost more than reading the rows (bench:reader).
 *
 * It plugs into Apollo as a "gateway" that only executes: Apollo still parses,
 * validates (depth, introspection), runs the plugins (cost) and formats the
 * errors; resolvers, guards and scalars are the same functions. An operation
 * the compiler refuses runs on graphql-js, so it gets graphql-js's answer.
 */
export class JitExecution {
  private schema?: GraphQLSchema;
  private readonly compiled = new RecentlyUsed<CompiledQuery | ExecutionResult>(COMPILED_OPERATIONS);

  /** Nest's `transformSchema`: remembers the schema Nest built, its plain fields left to the executor's default. */
  readonly captureSchema = (schema: GraphQLSchema): GraphQLSchema => {
    leavePlainFieldsToDefault(schema);
    this.schema = schema;
    return schema;
  };

  readonly gateway: GatewayInterface = {
    onSchemaLoadOrUpdate: (callback: GatewaySchemaLoadOrUpdateCallback) => {
      callback({ apiSchema: this.requireSchema(), coreSupergraphSdl: '' });
      return () => undefined;
    },
    load: async () => ({ executor: this.executor }),
    stop: async () => undefined,
  };

  private readonly executor: GatewayExecutor = async ({ document, operation, operationName, queryHash, request, context }) => {
    const schema = this.requireSchema();
    // No operation of the name asked for (Apollo then passes none): graphql-js's "Unknown operation", which Apollo answers with a 400.
    if (!operation) return execute({ schema, document, operationName: request.operationName, variableValues: request.variables, contextValue: context });
    const key = `${queryHash}:${operationName ?? ''}`;
    let compiled = this.compiled.get(key);
    if (!compiled) {
      compiled = compileQuery(schema, document, operationName ?? undefined, { disablingCapturingStackErrors: true });
      this.compiled.set(key, compiled);
    }
    if (!isCompiledQuery(compiled)) {
      return execute({ schema, document, operationName, variableValues: request.variables, contextValue: context });
    }
    // Variables are coerced by graphql-js first: graphql-jit 0.8 does not apply an input field's default value.
    const variables = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
    if (variables.errors) return { errors: variables.errors };
    const result = await compiled.query(undefined, context, variables.coerced);
    return result.errors?.length ? { ...result, errors: result.errors.map(asGraphqlJsError) } : result;
  };

  private requireSchema(): GraphQLSchema {
    if (!this.schema) throw new Error('The GraphQL schema is not built yet: JitExecution.captureSchema must run first.');
    return this.schema;
  }
}

/**
 * graphql-jit's errors take the thrown error's `extensions` as they are, so an
 * error without any (a database failure, a bug) has none, and Apollo then
 * fails before our `formatError` can log it and give it a code. Made again as
 * graphql-js makes them: extensions always present, the thrown error kept.
 */
export function asGraphqlJsError(error: GraphQLError): GraphQLError {
  const rebuilt = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? error,
    extensions: error.extensions ?? {},
  });
  Object.defineProperty(rebuilt, 'locations', { value: error.locations, enumerable: Boolean(error.locations?.length) });
  return rebuilt;
}
