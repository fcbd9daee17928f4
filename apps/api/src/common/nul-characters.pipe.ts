import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { findNulCharacter, NUL_MESSAGE } from '@tripart/contracts';
import { badInput } from './errors';

/**
 * Refuses a NUL character in any argument of a plain-HTTP handler — route
 * parameters, query, body, an uploaded file's name — before the handler runs:
 * PostgreSQL cannot store one. (GraphQL refuses them earlier, for the whole
 * operation: nulCharactersPlugin; sockets in their schemas: contracts' `text`.)
 */
@Injectable()
export class NulCharactersPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    const path = findNulCharacter(value);
    if (path === null) return value;
    const field = uploadedFileField(value) ?? ([metadata.data, path].filter(Boolean).join('.') || metadata.type);
    throw badInput(`${field} ${NUL_MESSAGE}.`, [{ field, message: `${field} ${NUL_MESSAGE}.`, constraint: 'noNulCharacter' }]);
  }
}

/** An uploaded file (multer's object) is reported under its form field, as the importer's own errors are. */
const uploadedFileField = (value: unknown): string | null => {
  const file = value as { fieldname?: unknown; buffer?: unknown } | null;
  return typeof file?.fieldname === 'string' && Buffer.isBuffer(file.buffer) ? file.fieldname : null;
};
