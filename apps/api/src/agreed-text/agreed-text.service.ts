import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { DossierAccess } from '../access/dossier-access.service';
import { AuditService } from '../audit/audit.service';
import { notFound } from '../common/errors';
import type { AgreedTextDocument } from './agreed-text.document';
import { agreedTextLabels } from './agreed-text.labels';
import { AgreedTextReader } from './agreed-text.reader';

/**
 * The agreed text of a dossier for whoever may export it (the one policy:
 * 'agreed-text.export'). It holds only plenary record — the draft as made
 * available and the texts frozen by recorded outcomes — yet it is a text
 * not approved as such by the three sides: its copy leaving the platform is
 * recorded, for everyone seated, before it is sent (no record, no file), as
 * unsealed minutes are.
 */
@Injectable()
export class AgreedTextExport {
  constructor(
    private readonly access: DossierAccess,
    private readonly reader: AgreedTextReader,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async of(actor: Actor, dossierId: string, format: string): Promise<AgreedTextDocument> {
    const { dossier } = await this.access.require(actor, dossierId, 'agreed-text.export');
    const read = await this.reader.read(dossier.id);
    if (!read) throw notFound('The dossier’s draft');
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, {
        actorId: actor.userId, action: 'agreed-text.exported', subjectId: read.draft.id, dossierId: dossier.id,
        data: { format, draftVersion: read.draft.version, agreed: [...read.agreements.values()].map((agreement) => agreement.outcomeId) },
      }),
    );
    return { ...read, dossier: { id: dossier.id, title: dossier.title, countryCode: dossier.countryCode }, exportedAt: new Date(), labels: agreedTextLabels(actor.locale) };
  }
}
