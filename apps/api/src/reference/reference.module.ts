import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Convention } from './convention.entity';
import { Country } from './country.entity';
import { ConventionsResolver, CountriesResolver } from './reference.resolver';
import { ReferenceService } from './reference.service';

@Module({
  imports: [TypeOrmModule.forFeature([Country, Convention])],
  providers: [ReferenceService, CountriesResolver, ConventionsResolver],
  exports: [ReferenceService],
})
export class ReferenceModule {}
