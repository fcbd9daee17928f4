import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { Logger } from '@nestjs/common';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { AppConfig } from '../config/app-config';
import { formatError } from '../common/format-error';
import { authOperationsPlugin } from './auth-operations.plugin';
import { complexityPlugin } from './complexity.plugin';
import { depthLimitRule } from './depth-limit.rule';
import { JitExecution } from './jit-executor';
import { unstorableTextPlugin } from './unstorable-text.plugin';
import { operationLabelPlugin } from './operation-label.plugin';
import { executionStatusPlugin } from './execution-status.plugin';

export const MAX_QUERY_DEPTH = 8;
export const MAX_QUERY_COMPLEXITY = 1000;
/** Tokens one document may hold (the web app's largest operation has a few hundred): parsing stops there. */
export const MAX_QUERY_TOKENS = 20_000;

/** Apollo behind NestJS: code-first schema, limits on depth and cost, CSRF prevention, no stack traces in production. */
export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  const logger = new Logger('GraphQL');
  const development = config.env === 'development';
  const jit = new JitExecution();
  const options: ApolloDriverConfig = {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: config.env !== 'production',
    csrfPrevention: true,
    includeStacktraceInErrorResponses: development,
    // No "Did you mean…" in production: the schema is not for strangers to explore.
    hideSchemaDetailsFromClientErrors: config.env === 'production',
    parseOptions: { maxTokens: MAX_QUERY_TOKENS },
    validationRules: [depthLimitRule(MAX_QUERY_DEPTH)],
    // Operations run compiled (graphql-jit) rather than interpreted: see JitExecution.
    transformSchema: jit.captureSchema,
    // No HTTP caching of GraphQL answers (they are per person): without the cache-control plugin,
    // no plugin hooks into every field, so Apollo does not wrap each resolver (measured: bench:reader).
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), complexityPlugin(MAX_QUERY_COMPLEXITY), unstorableTextPlugin(), authOperationsPlugin(), operationLabelPlugin(), executionStatusPlugin()],
    preserveHttpStatusForExecutionErrors: false,
    context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
    formatError: formatError(development, (error) =>
      logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error)),
    ),
  };
  // Nest passes every option on to ApolloServer, `gateway` included, though its type leaves it out.
  return Object.assign(options, { gateway: jit.gateway });
}
