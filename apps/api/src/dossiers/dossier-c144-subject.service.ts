import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { C144Subject } from '@tripart/contracts';
import type { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { Dossier } from './dossier.entity';

/** The audit action of a change of a dossier's C144 Article 5(1) subject (the evidence pack states the last one). */
export const C144_SUBJECT_SET = 'dossier.c144_subject_set';

@Injectable()
export class DossierC144SubjectService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Says which Article 5(1) item the dossier concerns (null: none), audited in its chain with what it said before; the same answer again changes nothing. */
  async set(actor: Actor, dossier: Dossier, subject: C144Subject | null): Promise<Dossier> {
    return this.dataSource.transaction(async (manager) => {
      // Read again under a row lock: two changes at once are recorded one after the other, each with the one before it.
      const current = await manager.getRepository(Dossier).findOneOrFail({ where: { id: dossier.id }, lock: { mode: 'pessimistic_write' } });
      if (current.c144Subject === subject) return current;
      const previous = current.c144Subject;
      current.c144Subject = subject;
      const saved = await manager.getRepository(Dossier).save(current);
      await this.audit.record(manager, { actorId: actor.userId, action: C144_SUBJECT_SET, subjectId: dossier.id, dossierId: dossier.id, data: { c144Subject: subject, previous } });
      return saved;
    });
  }
}
