import { Module } from '@nestjs/common';
import { ProvisionDirectory } from './provision-directory';

/** The drafts feature's reads for other features; a module of its own so that comments (which drafts imports) can use it. */
@Module({ providers: [ProvisionDirectory], exports: [ProvisionDirectory] })
export class ProvisionDirectoryModule {}
