import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'What the signed-in person may do across the platform, as the policy says: the web shows what it offers from this, never its own rule.' })
export class Abilities {
  @Field(() => Boolean, { description: 'Open a dossier (administrators and ILO staff).' })
  canCreateDossier: boolean;

  @Field(() => Boolean, { description: 'Invite and manage people and organizations (administrators).' })
  canManagePeople: boolean;
}
