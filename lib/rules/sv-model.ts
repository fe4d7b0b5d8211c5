/**
 * The Swedish tone model's findings, as rule data: one per category the model learns
 * (`sv.model.<category>`), listed, switched off, re-graded and locked like any rule, their
 * examples run through check() like a rule's (test/unit/rules-meta.test.ts). The model itself is
 * lib/model/sv-model.json, trained by `npm run train -- --lang sv` from data/tone/sv.
 *
 * As in English (./en-model.ts), a model finding gets a rewrite only where a rule construction
 * applies (a no rebuilt around its own words, a policy frame turned into its reason); otherwise
 * its message is the guidance.
 */
import type { RuleDef } from './types';

export const SV_MODEL_RULES: RuleDef[] = [
  {
    id: 'sv.model.blame',
    category: 'blame',
    severity: 'warning',
    guideline: 'G7',
    detector: 'model',
    message: 'Det här låter som att felet läggs på kunden. Beskriv vad som hände utan att peka finger, och vad som löser det.',
    suggestions: [],
    examples: {
      flag: ['Problemet beror på att du inte har uppdaterat appen.'],
      pass: ['Fältet för leveransinstruktioner kom inte fram till budet, så jag har lagt till portkoden själv.'],
    },
  },
  {
    id: 'sv.model.defensive',
    category: 'defensive',
    severity: 'warning',
    guideline: 'G3',
    detector: 'model',
    message: 'Här försvarar du företaget i stället för att hjälpa. Hoppa över förklaringen och säg vad du gör nu.',
    suggestions: [],
    examples: {
      flag: ['Vi har alltid hållit det vi lovat våra kunder.'],
      pass: ['Vår tekniker kan komma tillbaka på torsdag förmiddag och slutföra jobbet.'],
    },
  },
  {
    id: 'sv.model.dismissive',
    category: 'dismissive',
    severity: 'warning',
    guideline: 'G2',
    detector: 'model',
    message: 'Det här förminskar problemet eller det kunden känner. Bekräfta hur det påverkar hen innan du går in på fakta.',
    suggestions: [],
    examples: {
      flag: ['Förseningen är på bara en dag, vilket är helt normalt.'],
      pass: ['Två dagars väntan när du behövde den till resan är jobbigt, så jag har uppgraderat frakten.'],
    },
  },
  {
    id: 'sv.model.condescending',
    category: 'condescending',
    severity: 'warning',
    guideline: 'G4',
    detector: 'model',
    message: 'Det här låter nedlåtande. Förklara en gång, rakt och enkelt, som till en kollega.',
    suggestions: [],
    examples: {
      flag: ['Det står i bekräftelsen vilken tid du bokade.'],
      pass: ['Exportknappen sitter uppe till höger i rapporten; jag bifogar en skärmbild.'],
    },
  },
  {
    id: 'sv.model.refusal',
    category: 'refusal',
    severity: 'warning',
    guideline: 'G5',
    detector: 'model',
    explainable: true,
    partialMessage: 'Ett nej landar bättre med både skälet och ett alternativ: lägg till det som saknas.',
    message: 'Det här är ett nej utan skäl eller väg framåt. Säg varför, och vad kunden kan göra i stället.',
    suggestions: ['{body} eftersom [anledning], men jag kan [alternativ]{end}'],
    withReason: ['{body}, men jag kan [alternativ]{end}', '{body}; det jag kan göra i stället är att [alternativ]{end}'],
    examples: {
      flag: ['Ett prisavdrag kommer inte att beviljas.'],
      pass: ['Vi kan inte installera på helger eftersom teamen arbetar måndag till fredag, men jag kan boka första vardagstiden klockan 8.'],
    },
  },
  {
    id: 'sv.model.policy',
    category: 'policy',
    severity: 'warning',
    guideline: 'G6',
    detector: 'model',
    explainable: true,
    partialMessage: 'En regel landar bättre med både skälet och vad kunden fortfarande kan göra: lägg till det som saknas.',
    message: 'Här lutar du dig mot en regel utan att säga varför den finns. Ge skälet och vad kunden fortfarande kan göra.',
    suggestions: ['{unframed} eftersom [anledning]{end}'],
    withReason: ['{unframed}, men jag kan [alternativ]{end}', '{unframed}. Det jag kan göra för dig är att [alternativ]{end}'],
    examples: {
      flag: ['Reglerna är desamma för alla kunder.'],
      pass: ['Din hemförsäkring täcker vattenskadan, så du kan göra en skadeanmälan.'],
    },
  },
];
