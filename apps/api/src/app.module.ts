import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD, APP_PIPE, DiscoveryModule } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessGuard } from './access/access.guard';
import { AuditModule } from './audit/audit.module';
import { AuditLogModule } from './audit/audit-log.module';
import { AuthModule } from './auth/auth.module';
import { UnstorableTextPipe } from './common/unstorable-text.pipe';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import type { DatabaseTarget } from './database/database-target';
import { dataSourceOptions } from './database/data-source-options';
import { graphqlOptions } from './graphql/graphql-options';
import { CollabModule } from './collab/collab.module';
import { CommentsModule } from './comments/comments.module';
import { DossiersModule } from './dossiers/dossiers.module';
import { DraftsModule } from './dossiers/drafts/drafts.module';
import { HealthModule } from './health/health.module';
import { PeopleModule } from './people/people.module';
import { RealtimeModule } from './realtime/realtime.module';
import { ReferenceModule } from './reference/reference.module';
import { PositionsModule } from './positions/positions.module';
import { RatificationsModule } from './ratifications/ratifications.module';
import { ReportingModule } from './reporting/reporting.module';
import { ResponsesModule } from './responses/responses.module';
import { MinutesModule } from './minutes/minutes.module';
import { EvidenceModule } from './evidence/evidence.module';
import { AgreedTextModule } from './agreed-text/agreed-text.module';
import { ConsensusMatrixModule } from './consensus-matrix/consensus-matrix.module';
import { SeedModule } from './seed/seed.module';
import { SessionsModule } from './sessions/sessions.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, database: DatabaseTarget): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        DiscoveryModule,
        TypeOrmModule.forRoot(dataSourceOptions(database)),
        GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, ...graphqlOptions(config) }),
        AuditModule,
        AuditLogModule,
        AuthModule,
        ReferenceModule,
        PeopleModule,
        DossiersModule,
        DraftsModule,
        CommentsModule,
        SessionsModule,
        CollabModule,
        PositionsModule,
        ResponsesModule,
        RatificationsModule,
        ReportingModule,
        MinutesModule,
        EvidenceModule,
        AgreedTextModule,
        ConsensusMatrixModule,
        RealtimeModule,
        HealthModule,
        SeedModule,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_PIPE, useClass: UnstorableTextPipe },
      ],
      exports: [APP_CONFIG],
    };
  }
}
