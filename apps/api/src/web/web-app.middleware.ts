import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';

const SERVER_PATHS = /^\/(graphql|socket\.io|collab|health|metrics|api)(\/|$)/;

/**
 * Serves the built web app: its files, and index.html for any other GET
 * that asks for a page (client-side routes). Nothing when it is not built.
 */
export function webAppMiddleware(webDistDir: string) {
  const index = join(webDistDir, 'index.html');
  if (!existsSync(index)) return [];
  const assets = express.static(webDistDir, { index: false, maxAge: '1h', immutable: false });
  const fallback = (request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' || SERVER_PATHS.test(request.path) || !request.accepts('html')) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  };
  const skipServerPaths = (request: Request, response: Response, next: NextFunction) =>
    SERVER_PATHS.test(request.path) ? next() : assets(request, response, next);
  return [skipServerPaths, fallback];
}
