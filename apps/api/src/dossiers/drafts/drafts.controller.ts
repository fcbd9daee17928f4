import { Controller, HttpCode, Param, Post, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { InDossier } from '../../access/access-rule.decorator';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../access/current-actor.decorator';
import { badInput } from '../../common/errors';
import { DossierAccess } from '../../access/dossier-access.service';
import { DraftsService } from './drafts.service';
import { MAX_DRAFT_BYTES } from './import/draft-import';

/** Upload of a draft version: `?preview=true` shows the detected structure and commits nothing. */
@Controller('api/dossiers')
export class DraftsController {
  constructor(
    private readonly drafts: DraftsService,
    private readonly access: DossierAccess,
  ) {}

  @InDossier('dossier.manage')
  @Post(':id/drafts')
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_DRAFT_BYTES, files: 1, fields: 5 } }))
  async upload(
    @CurrentActor() actor: Actor,
    @Param('id') dossierId: string,
    @Query('preview') preview: string | undefined,
    @UploadedFile() file: { buffer: Buffer; originalname: string; mimetype: string } | undefined,
  ) {
    const { dossier } = await this.access.require(actor, dossierId, 'dossier.manage');
    if (!file) throw badInput('Choose a file to import (field "file").', [{ field: 'file', message: 'A file is required.' }]);
    const upload = { buffer: file.buffer, filename: Buffer.from(file.originalname, 'latin1').toString('utf8'), mimeType: file.mimetype };
    if (preview === 'true' || preview === '1') return this.drafts.preview(dossier, upload);
    const { draft, summary } = await this.drafts.import(actor, dossier, upload);
    return { draft: { id: draft.id, version: draft.version }, summary };
  }
}
