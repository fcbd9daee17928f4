import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { isLocale } from '@tripart/contracts';
import type { Actor } from '../access/actor';
import { User } from '../people/user.entity';

/** Turns a token's subject into an actor, refusing disabled or deleted users at once. */
@Injectable()
export class ActorLoader {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  async load(userId: string): Promise<Actor | null> {
    const user = await this.users.findOne({ where: { id: userId } });
    if (!user || user.disabled) return null;
    return { userId: user.id, email: user.email, role: user.role, locale: isLocale(user.locale) ? user.locale : 'en' };
  }
}
