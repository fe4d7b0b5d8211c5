/** Each language's word classes for the tone model, chosen by the model file's `lang`. */
import type { ClassTable } from './types';
import { EN_CLASSES } from './en';
import { FR_CLASSES } from './fr';
import { SV_CLASSES } from './sv';
import { ZH_CLASSES } from './zh';

export type { ClassTable, WordClass } from './types';

export const CLASS_TABLES: Readonly<Record<string, ClassTable>> = { en: EN_CLASSES, fr: FR_CLASSES, sv: SV_CLASSES, zh: ZH_CLASSES };
