import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One stretch of presence: joined (online or marked present in the room) and left. */
@ObjectType()
@Entity('attendance')
@Index('ix_attendance_session', ['sessionId'])
export class Attendance {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  sessionId: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  userId: string;

  @Field(() => Boolean, { description: 'Marked present in the room by the facilitator (hybrid meetings).' })
  @Column({ type: 'boolean', default: false })
  inRoom: boolean;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  joinedAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  leftAt: Date | null;
}
