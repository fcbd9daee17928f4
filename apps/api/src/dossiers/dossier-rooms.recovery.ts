import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { RealtimeService } from '../realtime/realtime.service';
import type { Actor } from '../access/actor';
import { mayBeInRoom, type DossierStanding } from '../access/dossier-policy';
import { accountOf } from '../people/people-directory';
import { parseDossierRoom } from './dossier-rooms';

/**
 * A reconnecting socket gets its rooms back only if the person may still be
 * in each of them now: an enabled account, and the policy's `mayBeInRoom`
 * for each dossier room, from the person's seat as it stands.
 */
@Injectable()
export class DossierRoomsRecovery implements OnModuleInit {
  constructor(
    private readonly realtime: RealtimeService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.realtime.guardRecovery((userId, rooms) => this.allows(userId, rooms));
  }

  async allows(userId: string, rooms: ReadonlySet<string>): Promise<boolean> {
    const user = await accountOf(this.dataSource.manager, userId);
    if (!user || user.disabled) return false;
    const wanted = [...rooms].flatMap((room) => parseDossierRoom(room) ?? []);
    if (!wanted.length) return true;
    const seats: Array<{ dossier_id: string; role: DossierStanding['role']; delegation_id: string | null }> = await this.dataSource.query(
      'SELECT dossier_id, role, delegation_id FROM participant WHERE user_id = $1 AND dossier_id = ANY($2)',
      [userId, [...new Set(wanted.map((room) => room.dossierId))]],
    );
    const seatIn = new Map(seats.map((seat) => [seat.dossier_id, seat]));
    const actor = { userId, email: '', role: user.role, locale: 'en', organizationKinds: [] } as Actor;
    return wanted.every(({ dossierId, delegationId }) => {
      const seat = seatIn.get(dossierId);
      const standing: DossierStanding = { actor, role: seat?.role ?? null, delegationId: seat?.delegation_id ?? null, isLead: false, observersMayComment: false };
      return mayBeInRoom(standing, { delegationId });
    });
  }
}
