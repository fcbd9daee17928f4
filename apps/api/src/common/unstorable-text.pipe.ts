import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { findUnstorableText, UNSTORABLE_TEXT } from '@tripart/contracts';
import { badInput } from './errors';

/**
 * Refuses unstorable text (a NUL character, an unpaired surrogate) in any
 * argument of a plain-HTTP handler — route parameters, query, body, an
 * uploaded file's name — before the handler runs. (GraphQL refuses it earlier,
 * for the whole operation: unstorableTextPlugin; sockets in their schemas:
 * contracts' `text`.)
 */
@Injectable()
export class UnstorableTextPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    const path = findUnstorableText(value);
    if (path === null) return value;
    const field = uploadedFileField(value) ?? ([metadata.data, path].filter(Boolean).join('.') || metadata.type);
    throw badInput(`${field} ${UNSTORABLE_TEXT}.`, [{ field, message: `${field} ${UNSTORABLE_TEXT}.`, constraint: 'storableText' }]);
  }
}

/** An uploaded file (multer's object) is reported under its form field, as the importer's own errors are. */
const uploadedFileField = (value: unknown): string | null => {
  const file = value as { fieldname?: unknown; buffer?: unknown } | null;
  return typeof file?.fieldname === 'string' && Buffer.isBuffer(file.buffer) ? file.fieldname : null;
};
