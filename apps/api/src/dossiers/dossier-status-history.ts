import { Field, ObjectType } from '@nestjs/graphql';
import type { DossierStatus } from '@tripart/contracts';
import { DossierStatusEnum } from './dossier.entity';

/** The audit action a status move is recorded under, with `{ from, to }` (DossiersService.update). */
export const STATUS_CHANGED = 'dossier.status-changed';

@ObjectType({ description: 'A move of a dossier’s status, as its audit trail recorded it.' })
export class DossierStatusChange {
  @Field(() => Date)
  at: Date;

  @Field(() => DossierStatusEnum)
  from: DossierStatus;

  @Field(() => DossierStatusEnum)
  to: DossierStatus;

  /** Who moved it (null: recorded without a person); presented through its own resolver. */
  byId: string | null;
}
