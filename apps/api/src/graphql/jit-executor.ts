import type { GatewayExecutor, GatewayInterface, GatewaySchemaLoadOrUpdateCallback } from '@apollo/server-gateway-interface';
import { execute, getVariableValues, GraphQLError, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { RecentlyUsed } from '../common/recently-used';
import { leaveReadModelFieldsToDefault } from './read-model-fields';

/** How many compiled operations one instance keeps (the web app sends a few dozen distinct ones). */
export const COMPILED_OPERATIONS = 500;

/**
 * What the bridge relies on, all of it public API: Apollo Server's `gateway`
 * option and its GatewayExecutor request context (`document`, `operation`,
 * `queryHash`, `request`, `context`), which Nest's ApolloDriver passes on
 * (its config type leaves `gateway` out), and graphql-jit's `compileQuery`.
 * `jit-bridge.spec.ts` fails when one of these packages changes major: check
 * the bridge against the new version, then move the pin.
 */
export const BRIDGE_PINS = { '@nestjs/apollo': '13', '@nestjs/graphql': '13', '@apollo/server': '5', 'graphql-jit': '0.8', graphql: '16' } as const;

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
 * The schema is Nest's as built, but for the reader's view types, whose
 * fields are left to the executor's default property read (read-model-fields.ts).
 */
export class JitExecution {
  private schema?: GraphQLSchema;
  private readonly compiled = new RecentlyUsed<CompiledQuery | ExecutionResult>(COMPILED_OPERATIONS);

  /** Nest's `transformSchema` (a documented option): remembers the schema Nest built, its read-model fields left to the default. */
  readonly captureSchema = (schema: GraphQLSchema): GraphQLSchema => {
    leaveReadModelFieldsToDefault(schema);
    this.schema = schema;
    return schema;
  };

  readonly gateway: GatewayInterface = {
    onSchemaLoadOrUpdate: (callback: GatewaySchemaLoadOrUpdateCallback) => {
      callback({ apiSchema: this.requireSchema(), coreSupergraphSdl: '' });
      return () => undefined;
    },
    load: async () => ({ executor: (request) => this.execute(request) }),
    stop: async () => undefined,
  };

  /** One operation, compiled once per distinct document and operation name. */
  async execute({ document, operation, operationName, queryHash, request, context }: Parameters<GatewayExecutor>[0]): Promise<ExecutionResult> {
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
  }

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
