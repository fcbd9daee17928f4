import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isLeafType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { hostileString } from './fuzz-support';

/** One root field as an operation with a variable per argument, and values for them. */
export interface FuzzOperation {
  name: string;
  query: string;
  variables: fc.Arbitrary<Record<string, unknown>>;
  mutation: boolean;
}

/** Every Query and Mutation field of the schema, each with arbitrary variables shaped (mostly) like its arguments. */
export function rootOperations(schema: GraphQLSchema, ids: readonly string[]): FuzzOperation[] {
  const roots = [
    { type: schema.getQueryType(), keyword: 'query' },
    { type: schema.getMutationType(), keyword: 'mutation' },
  ];
  return roots.flatMap(({ type, keyword }) =>
    Object.values(type?.getFields() ?? {}).map((field) => ({
      name: field.name,
      query: operationText(keyword, field),
      variables: fc.record(Object.fromEntries(field.args.map((arg) => [arg.name, valueOf(arg.type, ids, 0)])), { requiredKeys: [] }),
      mutation: keyword === 'mutation',
    })),
  );
}

const operationText = (keyword: string, field: GraphQLField<unknown, unknown>): string => {
  const definitions = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${keyword}${definitions ? `(${definitions})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
};

/** A value for an input type: right-shaped most of the time, wrong-typed or missing some of the time. */
const valueOf = (type: GraphQLInputType, ids: readonly string[], depth: number): fc.Arbitrary<unknown> => {
  const wrong = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(null));
  if (isNonNullType(type)) return fc.oneof({ weight: 12, arbitrary: valueOf(type.ofType, ids, depth) }, { weight: 1, arbitrary: wrong });
  const shaped = shapedValue(type, ids, depth);
  return fc.oneof({ weight: 8, arbitrary: shaped }, { weight: 1, arbitrary: wrong });
};

const shapedValue = (type: GraphQLInputType, ids: readonly string[], depth: number): fc.Arbitrary<unknown> => {
  if (isListType(type)) return fc.array(valueOf(type.ofType, ids, depth + 1), { maxLength: depth > 1 ? 1 : 4 });
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const shape = Object.fromEntries(fields.map((field) => [field.name, depth > 3 ? fc.constant(null) : valueOf(field.type, ids, depth + 1)]));
    return fc.oneof(
      { weight: 6, arbitrary: fc.record(shape, { requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name) }) },
      { weight: 2, arbitrary: fc.record(shape, { requiredKeys: [] }) },
      { weight: 1, arbitrary: fc.record({ ...shape, unexpected: hostileString() }, { requiredKeys: [] }) },
    );
  }
  if (isEnumType(type)) return fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.value as string)) }, { weight: 1, arbitrary: hostileString() });
  switch (type.name) {
    case 'ID':
      return fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...ids) }, { weight: 2, arbitrary: fc.uuid() }, { weight: 2, arbitrary: hostileString() }, { weight: 1, arbitrary: fc.integer() });
    case 'Int':
      return fc.oneof(fc.integer({ min: -5, max: 200 }), fc.constantFrom(0, -1, 2 ** 31 - 1, 2 ** 31, -(2 ** 31) - 1, 2 ** 53), fc.double(), hostileString());
    case 'Float':
      return fc.oneof(fc.double(), fc.integer(), hostileString());
    case 'Boolean':
      return fc.oneof({ weight: 6, arbitrary: fc.boolean() }, { weight: 1, arbitrary: fc.constantFrom('true', 0, 1) });
    case 'DateTime':
      return fc.oneof(
        { weight: 4, arbitrary: fc.date({ noInvalidDate: true, min: new Date('1900-01-01'), max: new Date('2200-01-01') }).map((d) => d.toISOString()) },
        { weight: 1, arbitrary: fc.constantFrom('0000-00-00', '2026-13-45T99:99:99Z', '', '1e308', '-271821-04-20T00:00:00.000Z') },
        { weight: 1, arbitrary: fc.integer() },
      );
    case 'String':
      return hostileString();
    default:
      return fc.oneof(hostileString(), fc.jsonValue({ maxDepth: 2 }));
  }
};
