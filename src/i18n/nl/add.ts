/** Dutch messages of `k80 add`. */
export const add = {
} as const;
