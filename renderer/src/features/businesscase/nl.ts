/** The strings of this feature (merged into i18n/nl.ts under its own key). */
export const nlBusinesscase = {} as const;
