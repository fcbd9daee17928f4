import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The Yjs state of a co-drafted document, stored whole. */
@Entity('collab_document')
export class CollabDocument {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'bytea' })
  state: Buffer;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
