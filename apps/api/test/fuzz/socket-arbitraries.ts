import fc from 'fast-check';
import { z, type ZodTypeAny } from 'zod';
import { hostileString } from './fuzz-support';

/**
 * A payload for a client event's zod schema: shaped like it most of the time
 * (so the handler behind the validation runs), wrong some of the time.
 */
export function payloadFor(schema: ZodTypeAny, ids: readonly string[], depth = 0): fc.Arbitrary<unknown> {
  const wrong = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined));
  return fc.oneof({ weight: 8, arbitrary: shaped(schema, ids, depth) }, { weight: 1, arbitrary: wrong });
}

function shaped(schema: ZodTypeAny, ids: readonly string[], depth: number): fc.Arbitrary<unknown> {
  if (schema instanceof z.ZodEffects) return shaped(schema.innerType(), ids, depth);
  if (schema instanceof z.ZodOptional) return fc.option(shaped(schema.unwrap(), ids, depth), { nil: undefined });
  if (schema instanceof z.ZodDefault) return fc.option(shaped(schema._def.innerType, ids, depth), { nil: undefined });
  if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Record<string, ZodTypeAny>;
    const fields = Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, depth > 2 ? fc.constant(null) : payloadFor(field, ids, depth + 1)]));
    return fc.oneof(
      { weight: 6, arbitrary: fc.record(fields) },
      { weight: 2, arbitrary: fc.record(fields, { requiredKeys: [] }) },
      { weight: 1, arbitrary: fc.record({ ...fields, extra: hostileString() }, { requiredKeys: [] }) },
    );
  }
  if (schema instanceof z.ZodArray) return fc.array(payloadFor(schema.element, ids, depth + 1), { maxLength: 5 });
  if (schema instanceof z.ZodEnum) return fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...(schema.options as string[])) }, { weight: 1, arbitrary: hostileString() });
  if (schema instanceof z.ZodBoolean) return fc.boolean();
  if (schema instanceof z.ZodNumber) return fc.oneof(fc.integer({ min: -10, max: 4_000 }), fc.double(), fc.constantFrom(0, 15, 3_600, 2 ** 53, -1));
  if (schema instanceof z.ZodString) {
    const uuid = schema.isUUID;
    return uuid
      ? fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...ids) }, { weight: 1, arbitrary: fc.uuid() }, { weight: 1, arbitrary: hostileString() })
      : fc.oneof({ weight: 3, arbitrary: hostileString() }, { weight: 1, arbitrary: fc.uuid().map((id) => `client-${id}`) });
  }
  return fc.jsonValue({ maxDepth: 2 });
}
