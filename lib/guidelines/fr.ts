import type { GuidelineId } from '../checker/types';
import type { Guideline } from './en';

/**
 * The service guidelines in French: the eleven of lib/guidelines/en.ts, written for replies that
 * address the customer as "vous". Shown with the findings of a French reply (guidelineText's `lang`).
 */
export const GUIDELINES_FR: Record<GuidelineId, Guideline> = {
  G1: {
    id: 'G1',
    title: 'Reconnaître d’abord, et vite',
    text: 'Commencez par montrer que vous avez lu ce qui est arrivé au client, avant d’expliquer ou de corriger quoi que ce soit.',
  },
  G2: {
    id: 'G2',
    title: 'De l’empathie, sans courbettes',
    text: 'Nommez la gêne que le problème a causée. Les excuses sont facultatives, la compréhension ne l’est pas. Ne minimisez jamais le problème.',
  },
  G3: {
    id: 'G3',
    title: 'Porter la solution, pas l’orgueil',
    text: 'Parlez de ce qui va être fait, pas de qui a raison. Défendre l’entreprise ne règle rien pour le client.',
  },
  G4: {
    id: 'G4',
    title: 'Expliquer sans faire la leçon',
    text: 'Le client n’est généralement pas un spécialiste. Expliquez le pourquoi avec des mots simples, comme à un collègue, sans lui rappeler ce qu’il a manqué.',
  },
  G5: {
    id: 'G5',
    title: 'Refuser la demande, pas la personne',
    text: 'Quand la réponse est non, donnez la vraie raison et une alternative ou une suite possible. Cherchez un terrain d’entente avant un refus sec.',
  },
  G6: {
    id: 'G6',
    title: 'Une règle s’explique',
    text: 'N’invoquez une règle ou des conditions qu’avec leur raison d’être et ce que le client peut encore faire.',
  },
  G7: {
    id: 'G7',
    title: 'La solution, pas la faute',
    text: 'Décrivez ce qui s’est passé de façon neutre et passez à la solution. N’attribuez jamais la faute au client.',
  },
  G8: {
    id: 'G8',
    title: 'Des faits, sans hausser le ton',
    text: 'Gardez un ton égal. Mettez l’essentiel en valeur par la clarté, pas par le volume : pas de majuscules pour insister, pas de « !!! ».',
  },
  G9: {
    id: 'G9',
    title: 'Donner la prochaine étape et son délai',
    text: 'Dites ce qui va se passer, qui s’en charge et pour quand.',
  },
  G10: {
    id: 'G10',
    title: 'Informer, puis revenir vers le client',
    text: 'Quand un point reste en suspens, promettez un suivi et dites comment et quand il parviendra au client.',
  },
  G11: {
    id: 'G11',
    title: 'Maîtriser son sujet',
    text: 'Soyez précis et exact. En cas de doute, dites comment vous allez vérifier, plutôt que de supposer ou de laisser un trou.',
  },
};
