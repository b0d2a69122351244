/** Dutch messages of `k80 update`. */
export const update = {
} as const;
