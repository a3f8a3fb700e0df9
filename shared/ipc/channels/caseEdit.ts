/** Channels of this feature (filled in by its owner). */
export const caseEditChannels = {} as const;
