import { TypeMetadataStorage } from '@nestjs/graphql';
import { isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';

/** The resolver Nest's code-first builder gives every plain `@Field`: it reads the property of the same name. */
const NEST_PROPERTY_READER = 'rootFieldResolver';

/**
 * Takes Nest's property-reading resolver off every plain field, where it is
 * exactly the executor's own default (same property, no default value, no
 * middleware). A field with a resolver costs the executor a call and an info
 * object per value; a comment tree has ~30,000 of them (bench:reader).
 * Returns how many fields were left to the default.
 */
export function leavePlainFieldsToDefault(schema: GraphQLSchema): number {
  let count = 0;
  for (const metadata of [...TypeMetadataStorage.getObjectTypesMetadata(), ...TypeMetadataStorage.getInterfacesMetadata()]) {
    const type = schema.getType(metadata.name);
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    const fields = type.getFields();
    for (const property of metadata.properties ?? []) {
      const field = fields[property.schemaName];
      const plain = property.schemaName === property.name && property.options.defaultValue === undefined && !property.middleware?.length;
      if (plain && field?.resolve?.name === NEST_PROPERTY_READER) {
        field.resolve = undefined;
        count += 1;
      }
    }
  }
  return count;
}
