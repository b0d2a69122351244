/** Dutch messages of `k80 score`. */
export const score = {
} as const;
