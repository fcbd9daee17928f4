import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Locale } from '@tripart/contracts';

@ObjectType({ description: 'A country (ISO 3166-1 alpha-2), named in en/fr/es.' })
@Entity('country')
export class Country {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 2 })
  code: string;

  @Column({ type: 'varchar', length: 120 })
  nameEn: string;

  @Column({ type: 'varchar', length: 120 })
  nameFr: string;

  @Column({ type: 'varchar', length: 120 })
  nameEs: string;

  nameIn(locale: Locale): string {
    return locale === 'fr' ? this.nameFr : locale === 'es' ? this.nameEs : this.nameEn;
  }
}
