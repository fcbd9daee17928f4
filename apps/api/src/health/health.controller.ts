import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../access/access-rule.decorator';
import { CollabServer } from '../collab/collab.server';
import { DatabaseStatus } from './database-status';
import { RedisStatus } from './redis-status';

export interface HealthReport {
  status: 'ok' | 'degraded' | 'error';
  database: 'up' | 'down';
  /** Only with REDIS_URL. */
  redis?: 'up' | 'down';
  /** Co-drafted documents whose latest changes are not in the database yet (they are being stored). */
  unstoredDocuments: number;
}

@Controller()
export class HealthController {
  constructor(
    private readonly database: DatabaseStatus,
    private readonly redis: RedisStatus,
    private readonly collab: CollabServer,
  ) {}

  /** 200 when the database answers (`degraded` while Redis is away), 503 otherwise. */
  @Public()
  @Get('health')
  @HttpCode(200)
  async health(@Res({ passthrough: true }) response: Response): Promise<HealthReport> {
    const database = await this.database.check();
    const redis = this.redis.watching ? (this.redis.down().length ? 'down' : 'up') : undefined;
    const unstoredDocuments = this.collab.store.unstoredNames().length;
    if (database === 'down') response.status(503);
    const status = database === 'down' ? 'error' : redis === 'down' ? 'degraded' : 'ok';
    return { status, database, ...(redis ? { redis } : {}), unstoredDocuments };
  }
}
