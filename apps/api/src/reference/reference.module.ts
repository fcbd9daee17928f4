import { Module } from '@nestjs/common';
import { ConventionsResolver, CountriesResolver } from './reference.resolver';
import { ReferenceService } from './reference.service';

@Module({
  providers: [ReferenceService, CountriesResolver, ConventionsResolver],
  exports: [ReferenceService],
})
export class ReferenceModule {}
