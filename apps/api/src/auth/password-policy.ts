import { Injectable } from '@nestjs/common';
import type { ZxcvbnFactory, ZxcvbnResult } from '@zxcvbn-ts/core';
import { PASSWORD_STRENGTH_CONSTRAINT, type PasswordWeakness } from '@tripart/contracts';
import { badInput } from '../common/errors';

/** zxcvbn's score, 0–4: 3 is "safely unguessable" (about 10^8 guesses and more), 4 "very unguessable". */
const MIN_SCORE = 3;

/** zxcvbn's warnings, grouped into the reasons people are told. */
const WEAKNESS: Record<string, PasswordWeakness> = {
  simpleRepeat: 'repeated',
  extendedRepeat: 'repeated',
  sequences: 'sequence',
  straightRow: 'sequence',
  keyPattern: 'sequence',
  topTen: 'common',
  topHundred: 'common',
  common: 'common',
  similarToCommon: 'common',
  pwned: 'common',
  wordByItself: 'singleWord',
  namesByThemselves: 'names',
  commonNames: 'names',
  recentYears: 'dates',
  dates: 'dates',
  userInputs: 'personal',
};

const MESSAGES: Record<PasswordWeakness, string> = {
  repeated: 'repeated characters are easy to guess',
  sequence: 'sequences and keyboard rows (abc, 123, qwerty) are easy to guess',
  common: 'it is a commonly used password',
  singleWord: 'a single word is easy to guess',
  names: 'names on their own are easy to guess',
  dates: 'dates and years are easy to guess',
  personal: 'it contains your name, email or organization',
  guessable: 'it is too easy to guess',
};

let estimator: Promise<ZxcvbnFactory> | undefined;

/** Built on first use: the dictionaries (common, English, French, Spanish) weigh tens of megabytes. */
function loadEstimator(): Promise<ZxcvbnFactory> {
  estimator ??= (async () => {
    const [{ ZxcvbnFactory }, common, en, fr, es] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-en'),
      import('@zxcvbn-ts/language-fr'),
      import('@zxcvbn-ts/language-es-es'),
    ]);
    return new ZxcvbnFactory({
      graphs: common.adjacencyGraphs,
      dictionary: { ...common.dictionary, ...en.dictionary, ...fr.dictionary, ...es.dictionary },
    });
  })();
  return estimator;
}

/**
 * Every password a person sets is checked for how easily it is guessed, not
 * only for its length ("aaaaaaaaaaaa" has twelve characters): zxcvbn with
 * English, French and Spanish dictionaries, and the person's own details
 * (email, name, organization) counted as known to an attacker.
 */
@Injectable()
export class PasswordPolicy {
  async weakness(password: string, personal: string[] = []): Promise<PasswordWeakness | null> {
    const result: ZxcvbnResult = (await loadEstimator()).check(password, [...personal.filter(Boolean), 'tripart']);
    if (result.score >= MIN_SCORE) return null;
    return WEAKNESS[result.feedback.warning ?? ''] ?? 'guessable';
  }

  /** Refuses a weak password as BAD_USER_INPUT on `field`, with the reason the web app translates. */
  async require(password: string, personal: string[] = [], field = 'password'): Promise<void> {
    const reason = await this.weakness(password, personal);
    if (!reason) return;
    const message = `Choose a stronger password: ${MESSAGES[reason]}.`;
    throw badInput(message, [{ field, message, constraint: PASSWORD_STRENGTH_CONSTRAINT, reason }]);
  }
}
