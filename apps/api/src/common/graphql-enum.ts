/** Turns a `const` list from libs/contracts into the object registerEnumType needs. */
export function enumFromList<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
}
