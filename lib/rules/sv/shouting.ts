/** Shouting (G8): capitals and stacked marks (built-in detectors configured by these rules). */
import type { RuleSource } from '../types';

export const SHOUTING: RuleSource[] = [
  {
    id: 'sv.shouting.caps',
    category: 'shouting',
    severity: 'warning',
    guideline: 'G8',
    message: 'Ord i versaler läses som skrik. Låt meningen bära betoningen.',
    detector: 'caps',
    suggestions: [],
    examples: {
      flag: ['Du får INTE dra ur sladden under uppdateringen.', 'Koden står i det ANDRA mejlet.', 'Du MÅSTE ha legitimation när du hämtar paketet.'],
      pass: [
        'Du kan göra ROT- och RUT-avdrag direkt på fakturan.',
        'Ange OCR-nummer 4410 2231 när du betalar, och signera med BankID.',
        'Skicka SURF till 1212 så får du 1 GB extra.',
        'Momsen och kolli-id står på följesedeln från PostNord.',
        'PUK-koden och IMEI-numret finns på SIM-kortets hållare.',
      ],
    },
  },
  {
    id: 'sv.shouting.punctuation',
    category: 'shouting',
    severity: 'warning',
    guideline: 'G8',
    message: 'Tre utropstecken, eller "?!", låter upprört. Ett tecken räcker.',
    detector: 'punctuation',
    suggestions: [],
    examples: {
      flag: ['Nu fungerar det igen!!!', 'Har du startat om routern?!'],
      pass: ['Tack så mycket!!', 'Kan du skicka en bild?', 'Grattis till nya bilen!'],
    },
  },
];
