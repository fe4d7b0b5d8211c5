/**
 * The agent's own text in Swedish replies: mail-client quote headers and e-mail disclaimers as
 * Swedish clients and companies write them are left out, like their English counterparts.
 */
import { describe, expect, it } from 'vitest';
import { splitBody } from '../../lib/checker/segment';

const own = (text: string) => splitBody(text).paragraphs.map((p) => p.text);
const BODY = 'Hej Maja,\n\nPaketet ligger nu hos ditt ombud och kan hämtas till och med fredag.';

describe('Swedish quote headers', () => {
  it.each([
    'Den tis 3 mars 2026 kl 09:14 skrev Anna Berg <anna@example.se>:',
    'Den 2026-03-03 09:14, Anna Berg skrev:',
    'Den 3 mars 2026 skrev Anna Berg:',
  ])('leaves the quote under "%s" out', (header) => {
    expect(own(`${BODY}\n\n${header}\n> Var är mitt paket?? Ni är helt värdelösa.`)).toEqual(['Hej Maja,', 'Paketet ligger nu hos ditt ombud och kan hämtas till och med fredag.']);
  });

  it('keeps an agent sentence that merely mentions who wrote what', () => {
    expect(own('Den kollega som skrev till dig i går hade fel om datumet.')).toEqual(['Den kollega som skrev till dig i går hade fel om datumet.']);
  });
});

describe('Swedish disclaimers', () => {
  it.each(['Detta e-postmeddelande kan innehålla konfidentiell information.', 'Detta mejl är endast avsett för mottagaren.'])('"%s" starts the signature', (line) => {
    expect(own(`${BODY}\n\nVänliga hälsningar,\nJonas\nKundtjänst\n${line} Om du fått det av misstag, radera det.`)).toEqual([
      'Hej Maja,',
      'Paketet ligger nu hos ditt ombud och kan hämtas till och med fredag.',
    ]);
  });
});
