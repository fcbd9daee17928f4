import { Module } from '@nestjs/common';
import { RatificationsModule } from '../ratifications/ratifications.module';
import { ReferenceModule } from '../reference/reference.module';
import { ReportingResolver } from './reporting.resolver';
import { ReportingService } from './reporting.service';

/** Reports to the ILO supervisory bodies: the calendar a country's ratifications and the cycle make. */
@Module({
  imports: [RatificationsModule, ReferenceModule],
  providers: [ReportingService, ReportingResolver],
})
export class ReportingModule {}
