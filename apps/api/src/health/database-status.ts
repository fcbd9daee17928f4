import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** Whether the database answers now: one trivial statement. */
@Injectable()
export class DatabaseStatus {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  check(): Promise<'up' | 'down'> {
    return this.dataSource.query('SELECT 1').then(
      () => 'up' as const,
      () => 'down' as const,
    );
  }
}
