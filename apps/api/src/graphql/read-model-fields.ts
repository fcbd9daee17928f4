import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';

/**
 * The reader's view types: objects our code builds whole (CommentReader's
 * threads, a provision's stored word diff), every field a property of the
 * same name, none with a resolver of its own. A whole draft's threads hold
 * ~25,000 of their fields (bench:reader).
 */
export const READ_MODEL_TYPES = ['Comment', 'CommentAuthor', 'MentionedPerson', 'TextQuote', 'DiffPart', 'TextMark', 'DraftChangeSummary'] as const;

/**
 * Types read raw whose other fields have resolvers of their own
 * (`@ResolveField`): their column fields only, by name. A whole draft's
 * provisions hold ~4,000 of them in the reader's text request (bench:reader).
 */
export const READ_MODEL_FIELDS = {
  Provision: ['id', 'parentId', 'kind', 'key', 'number', 'heading', 'text', 'notes', 'marks', 'position', 'depth', 'previousId', 'matchedBy'],
  ConventionLink: ['id', 'provisionId', 'conventionCode', 'article', 'gapNote', 'needsReview', 'createdAt'],
} as const satisfies Record<string, readonly string[]>;

/** What `leaveReadModelFieldsToDefault` took off, by `Type.field`: read-model-fields.spec checks each was a plain property read. */
export type TakenResolvers = Map<string, GraphQLFieldResolver<unknown, unknown>>;
let lastTaken: TakenResolvers = new Map();

/** The resolvers the last schema built in this process had taken off (Nest may serve a sorted copy of that schema). */
export const resolversTaken = (): TakenResolvers => lastTaken;

/**
 * Leaves the fields of the read-model types to the executor's default
 * property read: code-first gives every `@Field` a resolver reading the
 * property of the same name, which costs the executor a call and an info
 * object per value. Only graphql-js's schema API and the list above: nothing
 * of how Nest builds its resolvers (the spec proves, on the installed
 * versions, that each one taken off read the property and nothing else).
 */
export function leaveReadModelFieldsToDefault(schema: GraphQLSchema): TakenResolvers {
  const taken: TakenResolvers = new Map();
  const fieldsOf = [
    ...READ_MODEL_TYPES.map((name) => [name, undefined] as const),
    ...Object.entries(READ_MODEL_FIELDS),
  ] as ReadonlyArray<readonly [string, readonly string[] | undefined]>;
  for (const [name, only] of fieldsOf) {
    const type = schema.getType(name);
    if (!isObjectType(type)) throw new Error(`The read-model type ${name} is not an object type of the schema.`);
    const fields = type.getFields();
    for (const fieldName of only ?? Object.keys(fields)) {
      const field = fields[fieldName];
      if (!field) throw new Error(`The read-model field ${name}.${fieldName} is not in the schema.`);
      if (!field.resolve) continue;
      taken.set(`${name}.${field.name}`, field.resolve);
      field.resolve = undefined;
    }
  }
  lastTaken = taken;
  return taken;
}
