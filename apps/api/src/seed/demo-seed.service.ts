import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { PasswordService } from '../auth/password.service';
import { Membership } from '../people/membership.entity';
import { Organization } from '../people/organization.entity';
import { User } from '../people/user.entity';
import { Country } from '../reference/country.entity';
import { DEMO_COUNTRY, DEMO_ORGANIZATIONS, DEMO_PASSWORD, DEMO_USERS } from './demo-data';
import { DemoDossierSeed } from './demo-dossier.seed';

/** Demo data for a first start: never in production (the caller checks). */
@Injectable()
export class DemoSeedService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly demoDossier: DemoDossierSeed,
  ) {}

  /** Seeds when there is no user at all; returns whether it did. */
  async seedIfEmpty(): Promise<boolean> {
    if ((await this.dataSource.getRepository(User).count()) > 0) return false;
    const passwordHash = await this.passwords.hash(DEMO_PASSWORD);
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(Country).upsert(
        { code: DEMO_COUNTRY.code, nameEn: DEMO_COUNTRY.en, nameFr: DEMO_COUNTRY.fr, nameEs: DEMO_COUNTRY.es },
        ['code'],
      );
      const organizations = new Map<string, Organization>();
      for (const { key, ...organization } of DEMO_ORGANIZATIONS) {
        organizations.set(
          key,
          await manager.getRepository(Organization).save({ ...organization, countryCode: DEMO_COUNTRY.code }),
        );
      }
      for (const { organization, part: _part, ...person } of DEMO_USERS) {
        const user = await manager.getRepository(User).save({ ...person, passwordHash });
        await manager.getRepository(Membership).save({ userId: user.id, organizationId: organizations.get(organization)!.id });
      }
    });
    await this.demoDossier.seed();
    return true;
  }

  async hasDemoUsers(): Promise<boolean> {
    return this.dataSource.getRepository(User).exist({ where: { email: DEMO_USERS[0].email } });
  }

  describe(url: string): string {
    const width = Math.max(...DEMO_USERS.map((user) => user.email.length));
    const rows = DEMO_USERS.map((user) => `  ${user.email.padEnd(width)}  ${user.part}`);
    return [`Demo sign-ins at ${url} (password for all: ${DEMO_PASSWORD}):`, ...rows].join('\n');
  }
}
