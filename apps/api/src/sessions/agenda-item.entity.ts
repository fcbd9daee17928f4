import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Provision } from '../dossiers/drafts/provision.entity';
import { ConsultationSession } from './consultation-session.entity';

/** One item of a session's agenda: a provision of the draft, or a free topic. */
@ObjectType()
@Entity('agenda_item')
@Index('ix_agenda_item_session', ['sessionId', 'position'])
export class AgendaItem {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => ConsultationSession, { onDelete: 'CASCADE' })
  @JoinColumn()
  session?: Relation<ConsultationSession>;

  @Field(() => Int)
  @Column({ type: 'integer' })
  position: number;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  provisionId: string | null;

  @ManyToOne(() => Provision, { onDelete: 'SET NULL' })
  @JoinColumn()
  provision?: Relation<Provision>;

  @Field(() => String)
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Field(() => Boolean, { description: 'Delegates may edit the joint text (facilitators always can).' })
  @Column({ type: 'boolean', default: false })
  draftingUnlocked: boolean;
}
