import { Global, Module } from '@nestjs/common';
import { DatabaseStatus } from './database-status';
import { HealthController } from './health.controller';
import { Metrics } from './metrics';
import { MetricsController } from './metrics.controller';
import { RedisStatus } from './redis-status';

@Global()
@Module({
  controllers: [HealthController, MetricsController],
  providers: [DatabaseStatus, { provide: Metrics, useFactory: () => new Metrics() }, { provide: RedisStatus, useFactory: () => new RedisStatus() }],
  exports: [Metrics, RedisStatus],
})
export class HealthModule {}
