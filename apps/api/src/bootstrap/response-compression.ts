import compression from 'compression';
import type { Request, Response } from 'express';

/** Paths whose answers are streams or upgrades: compressing them would buffer what must arrive at once. */
const STREAMED_PATHS = /^\/(socket\.io|collab)(\/|$)/;

/** Streamed answers (Server-Sent Events, WebSocket upgrades, Socket.IO polling) are never compressed. */
export function isCompressible(request: Request, response: Response): boolean {
  if (STREAMED_PATHS.test(request.path) || request.headers.upgrade) return false;
  const type = String(response.getHeader('Content-Type') ?? '');
  if (type.startsWith('text/event-stream')) return false;
  // Typst's PDF/A keeps a tagged-structure object per table cell uncompressed: a 1 MB evidence pack travels as ~180 KB.
  if (type.startsWith('application/pdf')) return true;
  return compression.filter(request, response);
}

/**
 * Brotli when the client offers it (quality 4, the package's default: a megabyte of
 * reader JSON in a few ms), else gzip; answers under 1 KB go as they are.
 */
export function responseCompression() {
  return compression({ filter: isCompressible, threshold: 1024 });
}
