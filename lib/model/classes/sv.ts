/**
 * Swedish word classes of the tone model. There is no Swedish lexicon for evaluative words: the
 * word, prefix and suffix features carry them (compounds share their first and last letters).
 */
import type { ClassTable } from './types';

export const SV_CLASSES: ClassTable = {
  words: {
    YOU: 'du dig din ditt dina ni er ert era',
    WE: 'vi oss vår vårt våra',
    ME: 'jag mig mej min mitt mina',
    NEG: 'inte aldrig ingen inget inga ej icke varken ingenting',
    MOD: 'borde bör måste ska skall skulle kan kunde behöver behövde får fick',
    // "helt enkelt": "enkelt" carries it; "ju" and "väl" are the particles that lean on the reader.
    INT: 'bara enkelt verkligen faktiskt självklart uppenbarligen givetvis naturligtvis ju väl nog helt precis endast enbart ändå',
    CMP: 'alla andra annan annat flesta många vanligtvis normalt oftast vanligt',
    HEDGE: 'tyvärr beklagligtvis olyckligtvis dessvärre',
  },
};
