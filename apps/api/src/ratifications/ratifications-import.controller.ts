import { Controller, HttpCode, Param, Post, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { RATIFICATION_IMPORT_MAX_BYTES, type RatificationImportResult } from '@tripart/contracts';
import { Allow } from '../access/access-rule.decorator';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../access/current-actor.decorator';
import { badInput } from '../common/errors';
import { RegisterFileError } from './import/register-file.reader';
import { RatificationsService } from './ratifications.service';

/** A NORMLEX-style table (CSV or XLSX) into a country's register: `?preview=true` stores nothing; otherwise all rows or none. */
@Controller('api/countries')
export class RatificationsImportController {
  constructor(private readonly ratifications: RatificationsService) {}

  @Allow('ratification.edit')
  @Post(':countryCode/ratifications/import')
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: RATIFICATION_IMPORT_MAX_BYTES, files: 1, fields: 5 } }))
  async upload(
    @CurrentActor() actor: Actor,
    @Param('countryCode') countryCode: string,
    @Query('preview') preview: string | undefined,
    @UploadedFile() file: { buffer: Buffer } | undefined,
  ): Promise<RatificationImportResult> {
    if (!/^[A-Za-z]{2}$/u.test(countryCode)) throw badInput('A country is named by its ISO 3166-1 alpha-2 code.', [{ field: 'countryCode', message: 'Not a country code.' }]);
    if (!file) throw badInput('Choose a file to import (field "file").', [{ field: 'file', message: 'A file is required.' }]);
    try {
      return preview === 'true' || preview === '1' ? await this.ratifications.previewImport(countryCode, file.buffer) : await this.ratifications.import(actor, countryCode, file.buffer);
    } catch (error) {
      if (error instanceof RegisterFileError) throw badInput(error.message, [{ field: 'file', message: error.message, reason: error.reason }]);
      throw error;
    }
  }
}
