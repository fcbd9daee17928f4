import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Constituency } from '@tripart/contracts';
import type { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { badInput, conflict, forbidden, notFound } from '../common/errors';
import { mayChangeLead } from '../access/dossier-policy';
import { lockDelegation } from './delegation-lock';
import { DelegationRequest } from './delegation-request.entity';
import { DossierAccess } from '../access/dossier-access.service';
import { accountOf, belongsToSide, seatCandidates } from '../people/people-directory';
import type { User } from '../people/user.entity';
import { sessionsOfDossier } from '../sessions/session-directory';
import { AccessChanges } from '../realtime/access-changes';
import { RealtimeService } from '../realtime/realtime.service';
import { Delegation } from './delegation.entity';
import { caucusRoom, delegationRoom, plenaryRoom, sessionRoom } from './dossier-rooms';
import type { Dossier } from './dossier.entity';
import { Participant } from './participant.entity';
import { isUuid } from '../common/ids';

const ONE_PLACE = 'This person already takes part in this dossier (one place per person: one delegation, or facilitator, or observer).';

/** Who sits where in a dossier. Every change is audited and applies at once, open sockets included. */
@Injectable()
export class ParticipantsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly realtime: RealtimeService,
    private readonly accessChanges: AccessChanges,
    private readonly access: DossierAccess,
  ) {}

  /** Seats a delegate (see `seatDelegate`), in a transaction of its own. */
  addDelegationMember(actor: Actor, dossier: Dossier, constituency: Constituency, userId: string, lead: boolean): Promise<Participant> {
    return this.dataSource.transaction((manager) => this.seatDelegate(manager, actor, dossier, constituency, userId, lead));
  }

  /**
   * A delegate must belong to an organization of that side in the dossier's
   * country. Who may seat whom is decided by the caller, through the policy
   * (`delegationSeating`); here the seat is taken and audited.
   */
  async seatDelegate(manager: EntityManager, actor: Actor, dossier: Dossier, constituency: Constituency, userId: string, lead: boolean, audit: Record<string, unknown> = {}): Promise<Participant> {
    await this.requireEligible(manager, dossier, constituency, userId);
    const delegation = await manager.getRepository(Delegation).findOneOrFail({ where: { dossierId: dossier.id, constituency } });
    const participant = await this.insert(manager, { dossierId: dossier.id, userId, role: 'DELEGATE', delegationId: delegation.id, isLead: lead });
    // Seated, however it came about: a proposal waiting for them has nothing left to decide.
    await manager.getRepository(DelegationRequest).delete({ dossierId: dossier.id, userId });
    await this.audit.record(manager, {
      actorId: actor.userId,
      action: 'participant.added',
      subjectId: userId,
      dossierId: dossier.id,
      data: { role: 'DELEGATE', constituency, lead, ...audit },
    });
    return participant;
  }

  addParticipant(actor: Actor, dossier: Dossier, userId: string, role: 'FACILITATOR' | 'OBSERVER'): Promise<Participant> {
    return this.dataSource.transaction(async (manager) => {
      await this.requireEnabledUser(manager, userId);
      const participant = await this.insert(manager, { dossierId: dossier.id, userId, role, delegationId: null, isLead: false });
      await manager.getRepository(DelegationRequest).delete({ dossierId: dossier.id, userId });
      await this.audit.record(manager, { actorId: actor.userId, action: 'participant.added', subjectId: userId, dossierId: dossier.id, data: { role } });
      return participant;
    });
  }

  /** Names or unnames a lead, as the policy lets this person (mayChangeLead: a delegation's leads are its own call). */
  async setLead(actor: Actor, dossier: Dossier, participant: Participant, lead: boolean): Promise<Participant> {
    const delegationId = participant.delegationId;
    if (participant.role !== 'DELEGATE' || !delegationId) throw badInput('Only delegates can lead a delegation.');
    return this.dataSource.transaction(async (manager) => {
      await lockDelegation(manager, delegationId);
      const standing = await this.access.standing(actor, dossier, manager);
      const hasLead = await manager.getRepository(Participant).exist({ where: { delegationId, isLead: true } });
      if (!mayChangeLead(standing, { id: delegationId, hasLead }, lead)) {
        throw forbidden('A delegation’s leads are named by its own leads; a facilitator may only give a delegation left without one a lead from among its members.');
      }
      const current = await manager.getRepository(Participant).findOne({ where: { id: participant.id } });
      if (!current) throw notFound('The participant');
      current.isLead = lead;
      const saved = await manager.getRepository(Participant).save(current);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: lead ? 'participant.lead.granted' : 'participant.lead.revoked',
        subjectId: participant.userId,
        dossierId: participant.dossierId,
      });
      return saved;
    });
  }

  /** Removal takes effect on open connections too: the person's sockets leave the dossier's rooms. */
  async remove(actor: Actor, participant: Participant): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if (participant.delegationId) await lockDelegation(manager, participant.delegationId);
      await manager.getRepository(Participant).delete({ id: participant.id });
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'participant.removed',
        subjectId: participant.userId,
        dossierId: participant.dossierId,
        data: { role: participant.role, delegationId: participant.delegationId },
      });
    });
    this.realtime.evictFromDossier(participant.userId, participant.dossierId, await this.roomsOf(participant.dossierId));
    this.accessChanges.revoked(participant.userId, participant.dossierId);
  }

  /** People who could be seated (asked of the people feature), those seated already left out; at most 500. */
  async candidates(dossier: Dossier, constituency: Constituency | null): Promise<User[]> {
    const seated = await this.dataSource.getRepository(Participant).find({ where: { dossierId: dossier.id }, select: { id: true, userId: true } });
    return seatCandidates(this.dataSource.manager, { constituency, countryCode: dossier.countryCode, excluding: seated.map((seat) => seat.userId), limit: 500 });
  }

  /** Every live room of a dossier: its plenary, its delegations, its sessions and their caucus channels. */
  private async roomsOf(dossierId: string): Promise<string[]> {
    const delegations = await this.dataSource.getRepository(Delegation).find({ where: { dossierId } });
    const sessions = await sessionsOfDossier(this.dataSource.manager, dossierId);
    return [
      plenaryRoom(dossierId),
      ...delegations.map((d) => delegationRoom(dossierId, d.id)),
      ...sessions.flatMap((s) => [sessionRoom(dossierId, s.id), ...delegations.map((d) => caucusRoom(dossierId, s.id, d.id))]),
    ];
  }

  async get(participantId: string): Promise<Participant> {
    const participant = isUuid(participantId)
      ? await this.dataSource.getRepository(Participant).findOne({ where: { id: participantId } })
      : null;
    if (!participant) throw notFound('The participant');
    return participant;
  }

  /** An enabled account, member of an organization of that side in the dossier's country, not yet taking part. */
  async requireEligible(manager: EntityManager, dossier: Dossier, constituency: Constituency, userId: string): Promise<void> {
    await this.requireEnabledUser(manager, userId);
    if (!(await belongsToSide(manager, userId, constituency, dossier.countryCode))) {
      throw badInput('This person belongs to no organization of that side in the dossier’s country.', [
        { field: 'userId', message: 'Not a member of an organization of this side in this country.' },
      ]);
    }
    if (await manager.getRepository(Participant).exist({ where: { dossierId: dossier.id, userId } })) throw conflict(ONE_PLACE);
  }

  private async requireEnabledUser(manager: EntityManager, userId: string): Promise<void> {
    const account = await accountOf(manager, userId);
    if (!account || account.disabled) throw notFound('The person');
  }

  private async insert(manager: EntityManager, row: Omit<Participant, 'id' | 'createdAt'>): Promise<Participant> {
    if (await manager.getRepository(Participant).exist({ where: { dossierId: row.dossierId, userId: row.userId } })) {
      throw conflict(ONE_PLACE);
    }
    return manager.getRepository(Participant).save(row);
  }
}
