import { Controller, Get, Header, UseGuards } from '@nestjs/common';
import { Public } from '../access/access-rule.decorator';
import { Metrics } from './metrics';
import { MetricsAccessGuard } from './metrics-access.guard';

@Controller()
export class MetricsController {
  constructor(private readonly metrics: Metrics) {}

  @Public()
  @UseGuards(MetricsAccessGuard)
  @Get('metrics')
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
