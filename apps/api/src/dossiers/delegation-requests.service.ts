import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Constituency } from '@tripart/contracts';
import type { Actor } from '../access/actor';
import { canDecideForDelegation, canSeeDelegationRequests, delegationSeating, type DossierStanding } from '../access/dossier-policy';
import { AuditService } from '../audit/audit.service';
import { badInput, conflict, forbidden, notFound } from '../common/errors';
import { isUuid } from '../common/ids';
import { Delegation } from './delegation.entity';
import { DelegationRequest } from './delegation-request.entity';
import type { Dossier } from './dossier.entity';
import { Participant } from './participant.entity';
import { DossierAccess } from '../access/dossier-access.service';
import { lockDelegation } from './delegation-lock';
import { ParticipantsService } from './participants.service';

export interface BroughtIn {
  participant: Participant | null;
  request: DelegationRequest | null;
}

/**
 * Bringing people into a delegation as ILO C144 Art. 3 asks — each side
 * chooses its own representatives: a lead of the delegation seats them;
 * whoever manages the dossier seats a delegation's first lead and otherwise
 * proposes, and the person joins when a lead of that delegation confirms.
 * Every step is audited in its transaction.
 */
@Injectable()
export class DelegationRequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly participants: ParticipantsService,
    private readonly audit: AuditService,
    private readonly access: DossierAccess,
  ) {}

  /** `addDelegationMember`: seats, or refuses where only a proposal may be made. */
  async bringSeated(actor: Actor, dossier: Dossier, standing: DossierStanding, constituency: Constituency, userId: string, lead: boolean): Promise<Participant> {
    return (await this.bring(actor, dossier, standing, constituency, userId, lead, { propose: false })).participant!;
  }

  async bring(actor: Actor, dossier: Dossier, standing: DossierStanding, constituency: Constituency, userId: string, lead: boolean, options = { propose: true }): Promise<BroughtIn> {
    return this.dataSource.transaction(async (manager) => {
      const delegation = await manager.getRepository(Delegation).findOneOrFail({ where: { dossierId: dossier.id, constituency } });
      // One membership change of a delegation at a time; the actor's standing as it is under that lock.
      await lockDelegation(manager, delegation.id);
      const now = await this.access.standing(standing.actor, dossier, manager);
      const hasMembers = await manager.getRepository(Participant).exist({ where: { delegationId: delegation.id } });
      const seating = delegationSeating(now, { id: delegation.id, hasMembers });
      if (!seating) throw forbidden('Only a lead of this delegation chooses its members.');
      if (seating === 'SEAT_FIRST_LEAD' && !lead) {
        throw badInput('A delegation starts with its lead, chosen from an organization of that side: seat them as lead first.', [
          { field: 'lead', message: 'The first member of a delegation is its lead.' },
        ]);
      }
      if (seating === 'PROPOSE' && !options.propose) {
        throw conflict('This delegation chooses its own members: propose the person (proposeDelegationMember), and a lead of the delegation confirms.');
      }
      if (seating !== 'PROPOSE') return { participant: await this.participants.seatDelegate(manager, actor, dossier, constituency, userId, lead), request: null };
      await this.participants.requireEligible(manager, dossier, constituency, userId);
      if (await manager.getRepository(DelegationRequest).exist({ where: { dossierId: dossier.id, userId } })) {
        throw conflict('This person has been proposed already; a lead of the delegation decides.');
      }
      const request = await manager.getRepository(DelegationRequest).save({ dossierId: dossier.id, delegationId: delegation.id, userId, lead, requestedById: actor.userId });
      // Seen as the proposals are: by the delegation and by those who manage the dossier.
      await this.audit.record(manager, {
        actorId: actor.userId, action: 'delegation.member.proposed', subjectId: userId, dossierId: dossier.id, data: { constituency, lead },
        audience: 'DELEGATION_AND_MANAGERS', delegationId: delegation.id,
      });
      return { participant: null, request };
    });
  }

  async get(requestId: string): Promise<DelegationRequest> {
    const request = isUuid(requestId) ? await this.dataSource.getRepository(DelegationRequest).findOne({ where: { id: requestId } }) : null;
    if (!request) throw notFound('The request');
    return request;
  }

  /** A lead of the delegation confirms (the person is seated) or declines; the proposer may withdraw. */
  async decide(actor: Actor, dossier: Dossier, standing: DossierStanding, request: DelegationRequest, confirm: boolean): Promise<Participant | null> {
    // Someone who may not see the delegation's proposals learns nothing of this one.
    if (!canSeeDelegationRequests(standing, request.delegationId)) throw notFound('The request');
    return this.dataSource.transaction(async (manager) => {
      await lockDelegation(manager, request.delegationId);
      const now = await this.access.standing(actor, dossier, manager);
      const withdrawing = !confirm && request.requestedById === actor.userId;
      if (!canDecideForDelegation(now, request.delegationId) && !withdrawing) throw forbidden('A lead of this delegation decides who joins it.');
      const taken = await manager.getRepository(DelegationRequest).delete({ id: request.id });
      if (!taken.affected) throw notFound('The request');
      if (!confirm) {
        await this.audit.record(manager, {
          actorId: actor.userId, action: withdrawing ? 'delegation.member.withdrawn' : 'delegation.member.declined', subjectId: request.userId, dossierId: dossier.id,
          data: { requestedBy: request.requestedById }, audience: 'DELEGATION_AND_MANAGERS', delegationId: request.delegationId,
        });
        return null;
      }
      const delegation = await manager.getRepository(Delegation).findOneOrFail({ where: { id: request.delegationId } });
      return this.participants.seatDelegate(manager, actor, dossier, delegation.constituency, request.userId, request.lead, { proposedBy: request.requestedById });
    });
  }

  /** Pending proposals of a delegation, oldest first. */
  pending(delegationId: string): Promise<DelegationRequest[]> {
    return this.dataSource.getRepository(DelegationRequest).find({ where: { delegationId }, order: { createdAt: 'ASC' } });
  }
}
