import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Country } from '../reference/country.entity';
import { ReferenceModule } from '../reference/reference.module';
import { FirstAdministrator } from './first-administrator.service';
import { Invitation } from './invitation.entity';
import { InvitationsResolver } from './invitations.resolver';
import { InvitationsService } from './invitations.service';
import { Membership } from './membership.entity';
import { Organization } from './organization.entity';
import { OrganizationsResolver } from './organizations.resolver';
import { OrganizationsService } from './organizations.service';
import { User } from './user.entity';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([User, Organization, Membership, Invitation, Country]), ReferenceModule],
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
