import { Module } from '@nestjs/common';
import { DossiersModule } from '../dossiers/dossiers.module';
import { ReferenceModule } from '../reference/reference.module';
import { FirstAdministrator } from './first-administrator.service';
import { InvitationsResolver } from './invitations.resolver';
import { InvitationsService } from './invitations.service';
import { OrganizationsResolver } from './organizations.resolver';
import { OrganizationsService } from './organizations.service';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

@Module({
  imports: [ReferenceModule, DossiersModule],
  providers: [
    UsersService,
    UsersResolver,
    OrganizationsService,
    OrganizationsResolver,
    InvitationsService,
    InvitationsResolver,
    FirstAdministrator,
  ],
  exports: [UsersService, OrganizationsService, FirstAdministrator],
})
export class PeopleModule {}
