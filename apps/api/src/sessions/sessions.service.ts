import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { badInput } from '../common/errors';
import type { Dossier } from '../dossiers/dossier.entity';
import { ProvisionDirectory } from '../dossiers/drafts/provision-directory';
import { AgendaItem } from './agenda-item.entity';
import { ConsultationSession } from './consultation-session.entity';
import type { ScheduleSessionInput } from './session.inputs';

@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly provisionDirectory: ProvisionDirectory,
  ) {}

  /** A session with its agenda: provisions of the current draft, or free topics, in order. */
  schedule(actor: Actor, dossier: Dossier, input: ScheduleSessionInput): Promise<ConsultationSession> {
    if (input.endsAt <= input.startsAt) throw badInput('A session ends after it starts.', [{ field: 'endsAt', message: 'Must be after the start.' }]);
    return this.dataSource.transaction(async (manager) => {
      const current = await this.provisionDirectory.currentDraft(dossier.id, manager);
      const provisions = current ? await this.provisionDirectory.ofDraft(current.id, { manager }) : [];
      const items = input.agenda.map((item, index) => {
        if (item.provisionId) {
          const provision = provisions.find((p) => p.id === item.provisionId);
          if (!provision) throw badInput('An agenda item names a provision that is not in the current draft.', [{ field: `agenda.${index}.provisionId`, message: 'Not in the current draft.' }]);
          return { provisionId: provision.id, title: item.title || [provision.number, provision.heading].filter(Boolean).join(' — ') || provision.key };
        }
        if (!item.title) throw badInput('A free topic needs a title.', [{ field: `agenda.${index}.title`, message: 'Required.' }]);
        return { provisionId: null, title: item.title };
      });
      const session = await manager.getRepository(ConsultationSession).save({
        dossierId: dossier.id,
        title: input.title,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        place: input.place ?? null,
        meetingUrl: input.meetingUrl ?? null,
        createdById: actor.userId,
      });
      await manager.getRepository(AgendaItem).save(items.map((item, position) => ({ ...item, sessionId: session.id, position })));
      await this.audit.record(manager, { actorId: actor.userId, action: 'session.scheduled', subjectId: session.id, dossierId: dossier.id, data: { title: session.title, items: items.length } });
      return session;
    });
  }
}
