import type { GuidelineId } from '../checker/types';
import type { Guideline } from './en';

/**
 * The service guidelines in Swedish: the eleven of lib/guidelines/en.ts, written for du-form
 * Swedish support replies. Shown with the findings of a Swedish reply (guidelineText's `lang`).
 */
export const GUIDELINES_SV: Record<GuidelineId, Guideline> = {
  G1: {
    id: 'G1',
    title: 'Bekräfta först, och snabbt',
    text: 'Börja med att visa att du har läst vad som hänt kunden, innan du förklarar eller rättar något.',
  },
  G2: {
    id: 'G2',
    title: 'Visa förståelse utan att krypa',
    text: 'Sätt ord på hur problemet har påverkat kunden. En ursäkt är frivillig, förståelse är det inte. Gör aldrig problemet mindre än det är.',
  },
  G3: {
    id: 'G3',
    title: 'Ta ansvar för lösningen, lägg stoltheten åt sidan',
    text: 'Prata om vad som ska göras, inte om vem som har rätt. Att försvara företaget löser ingenting för kunden.',
  },
  G4: {
    id: 'G4',
    title: 'Förklara, läxa inte upp',
    text: 'Kunden är oftast inte expert. Förklara varför med enkla ord, som du skulle förklara för en kollega, utan att påminna om vad hen har missat.',
  },
  G5: {
    id: 'G5',
    title: 'Säg nej till önskemålet, inte till personen',
    text: 'När svaret är nej: ge det verkliga skälet och ett alternativ eller en väg framåt. Leta efter en mellanväg innan du säger ett rakt nej.',
  },
  G6: {
    id: 'G6',
    title: 'En regel behöver sitt skäl',
    text: 'Nämn en regel bara tillsammans med varför den finns och vad kunden fortfarande kan göra.',
  },
  G7: {
    id: 'G7',
    title: 'Fokusera på lösningen, inte på felet',
    text: 'Beskriv neutralt vad som hände och gå vidare till lösningen. Lägg aldrig skulden på kunden.',
  },
  G8: {
    id: 'G8',
    title: 'Fakta utan hetta',
    text: 'Håll en jämn ton. Låt det viktiga synas genom att vara tydlig, inte högljudd: inga versaler för betoning, inga "!!!".',
  },
  G9: {
    id: 'G9',
    title: 'Säg vad som händer härnäst, och när',
    text: 'Berätta vad nästa steg är, vem som tar det och när det sker.',
  },
  G10: {
    id: 'G10',
    title: 'Håll kunden informerad och följ upp',
    text: 'När något fortfarande pågår: lova en uppdatering och säg hur och när den når kunden.',
  },
  G11: {
    id: 'G11',
    title: 'Kunna din sak',
    text: 'Var konkret och korrekt. Är du osäker, säg hur du tar reda på det i stället för att gissa eller lämna en lucka.',
  },
};
