export declare const nodeEntries: Record<"server/main" | "cli/helder" | "server/check-worker" | "cli/review-worker", string>;
export declare function ensureNodeBundle(root: string, entry: keyof typeof nodeEntries): Promise<string>;
