import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';

/**
 * The reader's view types: objects our code builds whole (CommentReader's
 * threads, a provision's stored word diff), every field a property of the
 * same name, none with a resolver of its own. A whole draft's threads hold
 * ~25,000 of their fields (bench:reader).
 */
export const READ_MODEL_TYPES = ['Comment', 'CommentAuthor', 'MentionedPerson', 'TextQuote', 'DiffPart'] as const;

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
  for (const name of READ_MODEL_TYPES) {
    const type = schema.getType(name);
    if (!isObjectType(type)) throw new Error(`The read-model type ${name} is not an object type of the schema.`);
    for (const field of Object.values(type.getFields())) {
      if (!field.resolve) continue;
      taken.set(`${name}.${field.name}`, field.resolve);
      field.resolve = undefined;
    }
  }
  lastTaken = taken;
  return taken;
}
