/** Channels of this feature (filled in by its owner). */
export const catalogueChannels = {} as const;
