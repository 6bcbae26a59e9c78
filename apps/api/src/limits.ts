/** What one request may ask for: beyond these, it is refused before it runs. */
export const LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxTokens: 2000,
  maxCost: 20_000,
  maxDirectives: 20,
} as const;
