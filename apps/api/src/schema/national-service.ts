import { builder } from '../builder.js';
import { NATIONAL_SERVICES } from '../national-services.js';

export const NationalServiceEnum = builder.enumType('NationalService', {
  description:
    'Un service au-delà de l’académie vers lequel un ticket est escaladé : un service national, ou l’intégrateur.',
  values: Object.fromEntries(
    NATIONAL_SERVICES.map((s) => [s.name, { value: s.id, description: s.label }]),
  ) as Record<string, { value: (typeof NATIONAL_SERVICES)[number]['id']; description: string }>,
});
