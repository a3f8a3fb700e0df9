/** §2.4 the sociale kaart: the organisations and initiatives per wijk and spoor. */
import { z } from 'zod';
import { SPOREN } from '../../domain/enums';
import { shortText, SocialeKaartEntrySchema } from '../../interchange';
import { defineChannel } from '../defineChannel';
import { saved } from './catalogue';

const SocialeKaartInput = SocialeKaartEntrySchema.partial({ id: true });
type SocialeKaartInput = z.infer<typeof SocialeKaartInput>;

export const socialeKaartChannels = {
  'socialeKaart:list': defineChannel(
    z.strictObject({ wijk: shortText.optional(), spoor: z.enum(SPOREN).optional() }),
    z.object({ items: z.array(SocialeKaartEntrySchema) }),
  ),
  'socialeKaart:save': defineChannel(z.strictObject({ entry: SocialeKaartInput }), saved(SocialeKaartEntrySchema)),
} as const;
