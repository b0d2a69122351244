/** Dutch messages of `k80 list`. */
export const list = {
} as const;
