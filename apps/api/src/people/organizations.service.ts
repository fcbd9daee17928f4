import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type Repository } from 'typeorm';
import { notFound } from '../common/errors';
import { isUuid } from '../common/ids';
import { ReferenceService } from '../reference/reference.service';
import type { CreateOrganizationInput, UpdateOrganizationInput } from './dto/organization.inputs';
import { Membership } from './membership.entity';
import { Organization } from './organization.entity';

@Injectable()
export class OrganizationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reference: ReferenceService,
  ) {}

  private get organizations(): Repository<Organization> {
    return this.dataSource.getRepository(Organization);
  }

  private get memberships(): Repository<Membership> {
    return this.dataSource.getRepository(Membership);
  }

  list(): Promise<Organization[]> {
    return this.organizations.find({ order: { name: 'ASC' } });
  }

  async get(id: string): Promise<Organization> {
    const organization = isUuid(id) ? await this.organizations.findOne({ where: { id } }) : null;
    if (!organization) throw notFound('The organization');
    return organization;
  }

  async create(input: CreateOrganizationInput): Promise<Organization> {
    await this.requireCountry(input.countryCode);
    return this.organizations.save(this.organizations.create({ ...input, acronym: input.acronym || null }));
  }

  async update(id: string, input: UpdateOrganizationInput): Promise<Organization> {
    const organization = await this.get(id);
    if (input.countryCode) await this.requireCountry(input.countryCode);
    Object.assign(organization, {
      ...(input.name !== undefined && input.name !== null ? { name: input.name } : {}),
      ...(input.acronym !== undefined ? { acronym: input.acronym || null } : {}),
      ...(input.kind ? { kind: input.kind } : {}),
      ...(input.countryCode ? { countryCode: input.countryCode } : {}),
    });
    return this.organizations.save(organization);
  }

  async memberCounts(ids: readonly string[]): Promise<number[]> {
    const rows: Array<{ organizationId: string; count: string }> = await this.memberships
      .createQueryBuilder('m')
      .select('m.organization_id', 'organizationId')
      .addSelect('count(*)', 'count')
      .where({ organizationId: In([...ids]) })
      .groupBy('m.organization_id')
      .getRawMany();
    const counts = new Map(rows.map((row) => [row.organizationId, Number(row.count)]));
    return ids.map((id) => counts.get(id) ?? 0);
  }

  /** Organizations of many users at once (one query), in the users' order. */
  async ofUsers(userIds: readonly string[]): Promise<Organization[][]> {
    const memberships = await this.memberships.find({
      where: { userId: In([...userIds]) },
      relations: { organization: true },
      order: { createdAt: 'ASC' },
    });
    return userIds.map((userId) =>
      memberships.filter((m) => m.userId === userId).map((m) => m.organization as Organization),
    );
  }

  private async requireCountry(code: string): Promise<void> {
    const [country] = await this.reference.countriesByCode([code]);
    if (country instanceof Error) throw country;
  }
}
