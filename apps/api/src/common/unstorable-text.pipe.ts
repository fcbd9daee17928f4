import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { findUnstorableText, UNSTORABLE_TEXT } from '@tripart/contracts';
import { badInput } from './errors';

/** Arguments a client wrote (a resolver's @Args arrive as 'body' too); the rest (the request, the actor, a parent) is ours. */
const CLIENT_INPUT = new Set<ArgumentMetadata['type']>(['body', 'query', 'param']);

/**
 * Refuses unstorable text (a NUL character, an unpaired surrogate) in what a
 * client sent to a plain-HTTP handler — route parameters, query, body, an
 * uploaded file's name — before the handler runs. (GraphQL refuses it earlier,
 * for the whole operation: unstorableTextPlugin; sockets in their schemas:
 * contracts' `text`.)
 */
@Injectable()
export class UnstorableTextPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    const file = uploadedFile(value);
    if (file) return findUnstorableText(file.originalname) === null ? value : refuse(file.fieldname);
    if (!CLIENT_INPUT.has(metadata.type)) return value;
    const path = findUnstorableText(value);
    return path === null ? value : refuse([metadata.data, path].filter(Boolean).join('.') || metadata.type);
  }
}

const refuse = (field: string): never => {
  throw badInput(`${field} ${UNSTORABLE_TEXT}.`, [{ field, message: `${field} ${UNSTORABLE_TEXT}.`, constraint: 'storableText' }]);
};

/** An uploaded file (multer's object): its name is checked, and reported under its form field as the importer's own errors are. */
const uploadedFile = (value: unknown): { fieldname: string; originalname: unknown } | null => {
  const file = value as { fieldname?: unknown; originalname?: unknown; buffer?: unknown } | null;
  return typeof file?.fieldname === 'string' && Buffer.isBuffer(file.buffer) ? { fieldname: file.fieldname, originalname: file.originalname } : null;
};
